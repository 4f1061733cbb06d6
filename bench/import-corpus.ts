// Seed command: imports the whole shared corpus of published connectors (definition + apiProperties) through
// importConnector, one transaction each, into a fresh database; prints how long it took.
//
//   npx tsx bench/import-corpus.ts [--corpus /work/shared/corpus] [--server postgresql://postgres@127.0.0.1:5432/postgres]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { AppError, createDb, importConnector } from "@connector-hub/db";
import { createTestDatabase } from "@connector-hub/db/node";
import { createEnvironment, createUser } from "@connector-hub/db/seed";

const { values: args } = parseArgs({ options: { corpus: { type: "string", default: "/work/shared/corpus" }, server: { type: "string" } } });
if (args.server) process.env.TEST_DATABASE_URL = args.server;
else {
  delete process.env.TEST_DATABASE_URL;
  process.env.HUB_TEST_CLUSTER = "postgres-bench";
  process.env.HUB_TEST_PG_PORT ??= "54379";
}

const database = await createTestDatabase();
const db = createDb(database.url, { poolSize: 4 });
try {
  const maker = await createUser(db, { roles: ["Hub.Maker"], displayName: "Corpus Importer" });
  const environment = await createEnvironment(db, "corpus");
  const folders = ["independent-publisher", "custom"]
    .flatMap((group) => {
      const dir = path.join(args.corpus!, "connectors", group);
      return readdirSync(dir).map((name) => path.join(dir, name));
    })
    .filter((folder) => {
      // A few published folders hold only apiProperties.json; there is nothing to import from them.
      const hasDefinition = existsSync(path.join(folder, "apiDefinition.swagger.json"));
      if (!hasDefinition) console.log(`[corpus] skipped ${path.basename(folder)}: no apiDefinition.swagger.json`);
      return hasDefinition;
    });
  const started = performance.now();
  const refused: string[] = [];
  let withErrors = 0;
  // A few imports in flight: one validates (CPU) while the others wait on the database.
  const queue = [...folders];
  const worker = async () => {
    for (let folder = queue.shift(); folder; folder = queue.shift()) {
      const definition = readFileSync(path.join(folder, "apiDefinition.swagger.json"));
      const propsPath = path.join(folder, "apiProperties.json");
      const apiProperties = existsSync(propsPath) ? readFileSync(propsPath, "utf8") : null;
      try {
        const result = await importConnector(db, {
          source: { content: definition, fileName: "apiDefinition.swagger.json", apiProperties },
          actor: { id: maker.id, label: maker.displayName },
          // A bulk move of existing connectors by an operator, not one maker creating 400: no per-user licence cap.
          enforceLicenceCap: false,
          environmentId: environment.id,
          slug: path
            .basename(folder)
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, "-"),
        });
        if (result.version.errorCount > 0) withErrors++;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refused.push(`${path.basename(folder)}: ${error.code} ${error.message.slice(0, 120)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `[corpus] ${database.kind}: ${folders.length} folders, ${folders.length - refused.length} imported (${withErrors} as drafts with errors), ${refused.length} refused, in ${seconds.toFixed(1)} s`,
  );
  for (const line of refused) console.log(`  refused ${line}`);
} finally {
  await db.$disconnect();
  await database.drop();
}
