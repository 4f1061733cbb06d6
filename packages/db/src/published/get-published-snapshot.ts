import type { Db } from "../client.ts";
import { PUBLISHED_SNAPSHOT_ID } from "./load-published-index.ts";

/** The index of published connectors now loaded (commit, date, counts), or null before the first load. */
export async function getPublishedSnapshot(db: Db) {
  return db.publishedIndexSnapshot.findUnique({ where: { id: PUBLISHED_SNAPSHOT_ID } });
}
