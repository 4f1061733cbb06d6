import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

// The corpus of real connectors lives outside the repository (never copied in); CI must have it.
const sharedDir = process.env.SHARED_DIR ?? resolve(import.meta.dirname, "../../../../../shared");
export const CHANGES_DIR = join(sharedDir, "corpus", "changes");
export const HAS_CORPUS = existsSync(CHANGES_DIR);
export const CORPUS_REQUIRED = process.env.CI === "true";
