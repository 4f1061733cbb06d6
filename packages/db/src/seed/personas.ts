// The people of the local demo tenant. The local OpenID provider signs them in with these object ids, so the
// hub's user records (keyed by tenant + oid) line up with the seeded data.
export const LOCAL_TENANT_ID = "7f1c2a4e-1b7d-4c53-9a0e-0c0ffee00001";

export interface Persona {
  key: "maker" | "maker2" | "builder" | "admin";
  oid: string;
  upn: string;
  displayName: string;
  roles: string[];
}

export const PERSONAS: readonly Persona[] = [
  { key: "maker", oid: "a1f0c3d2-0000-4000-8000-00000000a001", upn: "maya.maker@contoso.example", displayName: "Maya Maker", roles: ["Hub.Maker"] },
  { key: "maker2", oid: "a1f0c3d2-0000-4000-8000-00000000a002", upn: "omar.owens@contoso.example", displayName: "Omar Owens", roles: ["Hub.Maker"] },
  { key: "builder", oid: "a1f0c3d2-0000-4000-8000-00000000a003", upn: "bea.builder@contoso.example", displayName: "Bea Builder", roles: [] },
  { key: "admin", oid: "a1f0c3d2-0000-4000-8000-00000000a004", upn: "ada.admin@contoso.example", displayName: "Ada Admin", roles: ["Hub.Admin"] },
];

/** The Finance team's Entra group object id: the seed creates the group, the local provider puts it in `groups`. */
export const FINANCE_GROUP_OBJECT_ID = "0f1e2d3c-0000-4000-8000-0000000f0001";

/** Group object ids (the ID token's `groups` claim) of each persona, matching the seeded memberships. */
export const PERSONA_GROUPS: Readonly<Record<Persona["key"], readonly string[]>> = {
  maker: [FINANCE_GROUP_OBJECT_ID],
  maker2: [],
  builder: [FINANCE_GROUP_OBJECT_ID],
  admin: [],
};
