import type { DbOrTx } from "../audit/record-audit-event.ts";

/** Who may own an adopted connector: active people with the Maker (or Admin) role, by name. */
export async function listPossibleOwners(db: DbOrTx): Promise<{ id: string; displayName: string; upn: string }[]> {
  return db.user.findMany({
    where: { isActive: true, roles: { hasSome: ["Hub.Maker", "Hub.Admin"] } },
    orderBy: [{ displayName: "asc" }, { upn: "asc" }],
    select: { id: true, displayName: true, upn: true },
    take: 500,
  });
}
