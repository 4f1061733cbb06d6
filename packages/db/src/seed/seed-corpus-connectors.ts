import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../client.ts";
import { addConnectorVersion } from "../connectors/add-connector-version.ts";
import { importConnector } from "../connectors/import-connector.ts";

/** Real published connectors copied from the corpus with its MIT licence (see seed-data/corpus/README.md). */
export const CORPUS_SEED_DIR = path.resolve(import.meta.dirname, "../../seed-data/corpus");

export interface SeedCorpusOptions {
  owner: { id: string; label: string; roles: readonly string[] };
  environmentId: string;
  dir?: string;
}

const SEED_CONCURRENCY = 4;
const readText = (file: string) => readFileSync(file, "utf8");

/**
 * Seeds the demo's real connectors, public (they are Microsoft's published connectors) and published: each with the validator's findings,
 * and for the change pairs a second version with its breaking changes against the first (people get that second
 * version, as if its sharing had been approved). Returns how many connectors it created.
 */
export async function seedCorpusConnectors(db: Db, options: SeedCorpusOptions): Promise<{ connectors: number; withSecondVersion: number }> {
  const dir = options.dir ?? CORPUS_SEED_DIR;
  const actor = { id: options.owner.id, label: options.owner.label, roles: options.owner.roles };
  const common = { actor, environmentId: options.environmentId, scope: "PUBLIC" as const, lifecycle: "PUBLISHED" as const, enforceLicenceCap: false };
  const single = readdirSync(path.join(dir, "connectors"))
    .sort()
    .map((name) => async () => {
      const folder = path.join(dir, "connectors", name);
      await importConnector(db, {
        ...common,
        source: {
          content: readText(path.join(folder, "apiDefinition.swagger.json")),
          fileName: "apiDefinition.swagger.json",
          apiProperties: readText(path.join(folder, "apiProperties.json")),
        },
      });
    });
  const pairs = readdirSync(path.join(dir, "changes"))
    .sort()
    .map((name) => async () => {
      const folder = path.join(dir, "changes", name);
      const first = await importConnector(db, {
        ...common,
        source: { content: readText(path.join(folder, "before.swagger.json")), fileName: "apiDefinition.swagger.json" },
      });
      const second = await addConnectorVersion(db, {
        slug: first.connector.slug,
        source: { content: readText(path.join(folder, "after.swagger.json")), fileName: "apiDefinition.swagger.json" },
        actor,
      });
      await db.connector.update({ where: { id: first.connector.id }, data: { sharedVersionId: second.version.id } });
    });
  // A few at a time: validation is CPU work, the inserts wait on the database, so they overlap.
  const jobs = [...pairs, ...single];
  const workers = Array.from({ length: SEED_CONCURRENCY }, async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) await job();
  });
  await Promise.all(workers);
  const connectors = single.length + pairs.length;
  const withSecondVersion = pairs.length;
  return { connectors, withSecondVersion };
}
