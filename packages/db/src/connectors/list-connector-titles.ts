import type { DbOrTx } from "../audit/record-audit-event.ts";

/** Every connector's address and title, by title: the audit log's connector filter suggests them. */
export async function listConnectorTitles(db: DbOrTx, options: { take?: number } = {}): Promise<{ slug: string; title: string }[]> {
  return db.connector.findMany({ select: { slug: true, title: true }, orderBy: { title: "asc" }, take: options.take ?? 500 });
}
