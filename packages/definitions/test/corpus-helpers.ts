import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The shared corpus: $SHARED_DIR/corpus, else ../../../shared/corpus from the package folder. */
export function findCorpusDir(): string | undefined {
  const shared = process.env.SHARED_DIR ?? resolve(packageDir, "../../../shared");
  const corpus = join(shared, "corpus");
  return existsSync(join(corpus, "connectors")) ? corpus : undefined;
}

export const isCi = process.env.CI === "true";

export interface CorpusConnector {
  name: string;
  dir: string;
}

export function listCorpusConnectors(corpus: string): CorpusConnector[] {
  const root = join(corpus, "connectors");
  const out: CorpusConnector[] = [];
  for (const group of readdirSync(root)) {
    for (const name of readdirSync(join(root, group))) {
      const dir = join(root, group, name);
      if (existsSync(join(dir, "apiDefinition.swagger.json"))) out.push({ name: `${group}/${name}`, dir });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
