import type { DbOrTx } from "../audit/record-audit-event.ts";

export type GroupChoice = { id: string; displayName: string };

/** Groups for a picker, by display name. */
export async function listGroups(db: DbOrTx, options: { take?: number } = {}): Promise<GroupChoice[]> {
  return db.group.findMany({
    select: { id: true, displayName: true },
    orderBy: { displayName: "asc" },
    ...(options.take === undefined ? {} : { take: options.take }),
  });
}
