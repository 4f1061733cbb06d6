import "server-only";
import { z } from "zod";

// What the hub needs from an Entra ID token. Only oid + tid identify a person; e-mail addresses are just labels.
const ZIdTokenClaims = z.object({
  oid: z.string().min(1),
  tid: z.string().min(1),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  email: z.string().optional(),
  roles: z.array(z.string()).optional(),
  groups: z.array(z.string()).optional(),
  _claim_names: z.record(z.string(), z.unknown()).optional(),
});

export type IdentityResult =
  | {
      ok: true;
      tenantId: string;
      oid: string;
      upn: string;
      displayName: string;
      email: string | null;
      roles: string[];
      groupObjectIds: string[];
      groupsOverage: boolean;
    }
  | { ok: false; status: 401 | 403; reason: string; message: string };

/** Reads and checks the ID token claims: a token from another tenant is refused even if the provider issued it. */
export function readIdentity(claims: Record<string, unknown>, expectedTenantId: string): IdentityResult {
  const parsed = ZIdTokenClaims.safeParse(claims);
  if (!parsed.success)
    return {
      ok: false,
      status: 401,
      reason: "claims-missing",
      message: "The ID token lacks the object id (oid) or tenant (tid) the hub needs. Check the app registration's token configuration.",
    };
  const c = parsed.data;
  if (c.tid !== expectedTenantId)
    return {
      ok: false,
      status: 403,
      reason: "wrong-tenant",
      message: "This account belongs to another organization (tenant). Sign in with your organization's account.",
    };
  const upn = c.preferred_username ?? c.email ?? c.oid;
  return {
    ok: true,
    tenantId: c.tid,
    oid: c.oid,
    upn,
    displayName: c.name ?? upn,
    email: c.email ?? null,
    roles: (c.roles ?? []).filter((r) => r === "Hub.Admin" || r === "Hub.Maker"),
    groupObjectIds: c.groups ?? [],
    groupsOverage: Boolean(c._claim_names && "groups" in c._claim_names),
  };
}
