import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const OPENAPI3_CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "openapi3-corpus");

/** Every OpenAPI 3 document of the corpus kept in the repository (README.md and licences excepted), sorted. */
export function listOpenApi3Corpus(): { name: string; file: string }[] {
  const out: { name: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|ya?ml)$/i.test(entry)) out.push({ name: relative(OPENAPI3_CORPUS_DIR, path), file: path });
    }
  };
  walk(OPENAPI3_CORPUS_DIR);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
