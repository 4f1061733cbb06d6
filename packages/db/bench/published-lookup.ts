// Issue 23: "is there already a connector for this API?" against the whole index of the connectors Microsoft
// publishes (992 connectors, 15,922 operations): loading the index, its size in PostgreSQL, and the lookup of a
// 100-operation definition (target: p95 under 50 ms). The CLI's in-memory lookup is timed beside it.
// Run: npm run bench:published -w @connector-hub/db   (a fresh test database, embedded or TEST_DATABASE_URL's server)
import { loadPublishedIndexFile } from "@connector-hub/definitions/published-index-file";
import { matchPublishedConnectors, preparePublishedIndex } from "@connector-hub/definitions/published";
import { createDb } from "../src/client.ts";
import { findPublishedMatches } from "../src/published/find-published-matches.ts";
import { loadPublishedIndex } from "../src/published/load-published-index.ts";
import { createTestDatabase } from "../src/testing/create-test-database.ts";

const LOADS = 5;
const LOOKUPS = 300;

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(1);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
};

const index = loadPublishedIndexFile();
const database = await createTestDatabase();
const db = createDb(database.url, { poolSize: 4 });
try {
  const loads: number[] = [];
  for (let i = 0; i < LOADS; i++) loads.push((await loadPublishedIndex(db, { index, loadedBy: "bench" })).ms);
  await db.$executeRawUnsafe("ANALYZE");
  const sizes = await db.$queryRaw<{ name: string; total: string; indexes: string }[]>`
    SELECT relname::text AS name, pg_size_pretty(pg_total_relation_size(c.oid)) AS total, pg_size_pretty(pg_indexes_size(c.oid)) AS indexes
    FROM pg_class c WHERE relname IN ('PublishedConnector', 'PublishedOperation') ORDER BY relname`;

  // A real 100-operation definition (the first 100 of Cloudmersive Document Conversion's 128), disguised as a
  // maker's: another subdomain and title. And one for an API the index does not hold, with generic REST paths
  // that many published connectors share a few of (the most candidates to score).
  const source = index.connectors.find((c) => c.title === "Cloudmersive Document Conversion")!;
  const known = {
    host: "eu.api.cloudmersive.com",
    title: "Document conversion for Contoso",
    basePath: source.basePath,
    operations: source.operations.slice(0, 100),
  };
  const nouns = ["users", "groups", "orders", "items", "contacts", "companies", "files", "folders", "tasks", "projects"];
  const generic = nouns.flatMap((n) => [
    { method: "GET", path: `/${n}` },
    { method: "POST", path: `/${n}` },
    { method: "GET", path: `/${n}/{id}` },
    { method: "PUT", path: `/${n}/{id}` },
    { method: "PATCH", path: `/${n}/{id}` },
    { method: "DELETE", path: `/${n}/{id}` },
    { method: "GET", path: `/${n}/{id}/history` },
    { method: "POST", path: `/${n}/search` },
    { method: "GET", path: `/v1/${n}` },
    { method: "GET", path: `/api/${n}` },
  ]);
  const unknown = { host: "api.parcels-contoso.net", title: "Contoso Parcels", basePath: "/", operations: generic };
  const results: string[] = [];
  for (const [name, query] of [
    ["known API (Cloudmersive Document Conversion, 100 operations)", known],
    ["unknown API (100 generic REST operations)", unknown],
  ] as const) {
    for (let i = 0; i < 20; i++) await findPublishedMatches(db, query); // warm-up
    const times: number[] = [];
    let first = "";
    for (let i = 0; i < LOOKUPS; i++) {
      const started = performance.now();
      const matches = await findPublishedMatches(db, query);
      times.push(performance.now() - started);
      first = matches[0] ? `${matches[0].title} (${matches[0].sharedOperationCount} shared)` : "no match";
    }
    results.push(`  ${name}: ${stats(times)}; first match: ${first}`);
  }
  const prepared = preparePublishedIndex(index);
  const memory: number[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    const started = performance.now();
    matchPublishedConnectors(prepared, known);
    memory.push(performance.now() - started);
  }
  const ops = index.connectors.reduce((n, c) => n + c.operations.length, 0);
  console.log(`Published index (${index.connectors.length} connectors, ${ops} operations, commit ${index.commit.slice(0, 12)}), database ${database.kind}`);
  console.log(`  load (replace in one transaction): ${loads.map((ms) => `${ms} ms`).join(", ")}`);
  for (const s of sizes) console.log(`  table ${s.name}: ${s.total} with indexes (${s.indexes} of indexes)`);
  console.log(`findPublishedMatches, ${LOOKUPS} lookups each (client round trips included):`);
  for (const line of results) console.log(line);
  console.log(`CLI in memory (matchPublishedConnectors, known API): ${stats(memory)}`);
} finally {
  await db.$disconnect();
  await database.drop();
}
