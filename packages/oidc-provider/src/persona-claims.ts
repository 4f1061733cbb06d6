import { LOCAL_TENANT_ID, PERSONA_GROUPS, PERSONAS, type Persona } from "@connector-hub/db/personas";

/** The claims Entra ID would put in an ID token for this person: oid and tid identify them, roles and groups authorize. */
export function buildPersonaClaims(persona: Persona): Record<string, unknown> {
  return {
    sub: persona.oid,
    oid: persona.oid,
    tid: LOCAL_TENANT_ID,
    name: persona.displayName,
    preferred_username: persona.upn,
    email: persona.upn,
    roles: [...persona.roles],
    groups: [...PERSONA_GROUPS[persona.key]],
  };
}

export function findPersonaByOid(oid: string): Persona | undefined {
  return PERSONAS.find((p) => p.oid === oid);
}
