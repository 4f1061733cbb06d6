// The index shipped with the package (MIT, Microsoft; see data/public-connectors/README.md), for Node callers only.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readPublishedIndex } from "./read-published-index.ts";
import type { TPublishedIndex } from "./types.ts";

export const PUBLISHED_INDEX_FILE = path.resolve(import.meta.dirname, "../../data/public-connectors/index.json");

export function loadPublishedIndexFile(file: string = PUBLISHED_INDEX_FILE): TPublishedIndex {
  return readPublishedIndex(readFileSync(file, "utf8"));
}
