import { loadPublishedIndexFile } from "@connector-hub/definitions/published-index-file";
import type { Db } from "../client.ts";
import { loadPublishedIndex } from "./load-published-index.ts";

/** Loads the index shipped with @connector-hub/definitions (MIT, Microsoft) when none is loaded yet. */
export async function seedPublishedConnectors(db: Db, options: { file?: string } = {}) {
  if ((await db.publishedIndexSnapshot.count()) > 0) return null;
  return loadPublishedIndex(db, { index: loadPublishedIndexFile(options.file), loadedBy: "seed" });
}
