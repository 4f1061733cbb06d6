import type { DbOrTx } from "../audit/record-audit-event.ts";

/** A person by their id or user principal name (any case), or null. */
export async function findPerson(db: DbOrTx, idOrUpn: string): Promise<{ id: string } | null> {
  return db.user.findFirst({ where: { OR: [{ id: idOrUpn }, { upn: { equals: idOrUpn, mode: "insensitive" } }] }, select: { id: true } });
}
