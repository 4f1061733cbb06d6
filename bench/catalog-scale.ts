// Scale benchmark of the catalog (not a test): seeds 100,000 connectors into the embedded PostgreSQL and into the
// PostgreSQL server, then measures GET /api/v1/connectors (search + two facet filters) and the catalog page with
// autocannon against `next start` on loopback, and the same search in-process as the floor. The web app is measured
// twice: with the per-process page cache (HUB_CATALOG_CACHE_SECONDS=5, the default: repeated identical searches share
// one query) and without it (0: every request runs the SQL), so the database's own cost under load is on record too.
//
//   npx tsx bench/catalog-scale.ts [--count 100000] [--duration 15] [--only embedded|server]
//
// Needs a production build of the web app (`npx turbo run build --filter=@connector-hub/web`). The server database
// is BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres); `bench_catalog` is created and dropped.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { createApiToken, createDb, listCatalog, type CatalogViewer } from "@connector-hub/db";
import { createTestDatabase, findRepoRoot, migrateDatabase, redactUrl, withDatabase } from "@connector-hub/db/node";
import { seedCatalog } from "./seed-catalog.ts";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    duration: { type: "string", default: "15" },
    only: { type: "string" },
    connections: { type: "string", default: "10" },
    "sql-only": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    url: { type: "string" },
    "cache-seconds": { type: "string", default: "5,0" },
  },
});
const COUNT = Number(args.count);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const root = findRepoRoot();
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const SEARCH = { q: "invoices", auth: "OAUTH2,API_KEY", hosting: "CLOUD" };
const qs = new URLSearchParams(SEARCH).toString();

interface Target {
  kind: "embedded" | "server";
  url: string;
  drop: () => Promise<void>;
}

async function embeddedTarget(): Promise<Target> {
  delete process.env.TEST_DATABASE_URL;
  process.env.HUB_TEST_CLUSTER = "postgres-bench";
  process.env.HUB_TEST_PG_PORT ??= "54379";
  const db = await createTestDatabase();
  return { kind: "embedded", url: db.url, drop: () => db.drop() };
}

async function serverTarget(): Promise<Target> {
  const adminUrl = process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS bench_catalog WITH (FORCE)");
  await admin.query("CREATE DATABASE bench_catalog");
  await admin.end();
  const url = withDatabase(adminUrl, "bench_catalog");
  await migrateDatabase(url);
  return {
    kind: "server",
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query("DROP DATABASE IF EXISTS bench_catalog WITH (FORCE)");
      await c.end();
    },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const anonymous: CatalogViewer = { userId: null, groupIds: [], isAdmin: false };
// A signed-in maker of the seeded catalog: owns 2,000 connectors, and a few hundred are shared with them.
const maker: CatalogViewer = { userId: "bu1", groupIds: [], isAdmin: false };

async function measureFloor(url: string, query: Record<string, string>, viewer: CatalogViewer = anonymous) {
  const db = createDb(url, { poolSize: 2 });
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 60; i++) {
    const started = performance.now();
    const page = await listCatalog(db, query, viewer);
    if (i >= 10) times.push(performance.now() - started);
    total = page.total;
  }
  await db.$disconnect();
  times.sort((a, b) => a - b);
  return { matches: total, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

async function startWeb(url: string, cacheSeconds: number): Promise<ChildProcess> {
  const web = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: path.join(root, "apps/web"),
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      HUB_CATALOG_CACHE_SECONDS: String(cacheSeconds),
    },
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${PORT}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return web;
    await new Promise((r) => setTimeout(r, 500));
  }
  web.kill("SIGTERM");
  throw new Error(`next start did not answer /api/health on port ${PORT} within 60 s (is the web app built?).`);
}

/** autocannon reports p97.5 but not p95, so every response time is kept and the percentiles computed here. */
function runLoad(url: string, duration: number, headers: Record<string, string> = {}): Promise<{ result: autocannon.Result; times: number[] }> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon({ url, connections: CONNECTIONS, duration, headers }, (error, result) => (error ? reject(error) : resolve({ result, times })));
    instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  });
}

async function load(url: string, headers: Record<string, string> = {}) {
  // A short warm-up fills the pool and the JIT before the measured run.
  await runLoad(url, 3, headers);
  const { result, times } = await runLoad(url, DURATION, headers);
  times.sort((a, b) => a - b);
  const ms = (v: number) => Math.round(v * 10) / 10;
  return {
    p50: ms(percentile(times, 50)),
    p95: ms(percentile(times, 95)),
    p99: ms(percentile(times, 99)),
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function run(target: Target) {
  let seed = null;
  if (!args.url) {
    console.log(`[bench] ${target.kind}: seeding ${COUNT} connectors…`);
    seed = await seedCatalog(target.url, COUNT);
    console.log(`[bench] ${target.kind}: seeded ${seed.connectors} connectors, ${seed.operations} operations in ${(seed.ms / 1000).toFixed(1)} s`);
  }
  const floor = await measureFloor(target.url, SEARCH);
  console.log(`[bench] ${target.kind}: listCatalog in-process p50 ${floor.p50.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms (${floor.matches} matches)`);
  // The catalog's landing page: no search, every connector the viewer may read, sorted by title.
  const landing = await measureFloor(target.url, {});
  console.log(
    `[bench] ${target.kind}: landing page query in-process p50 ${landing.p50.toFixed(1)} ms, p95 ${landing.p95.toFixed(1)} ms (${landing.matches} rows)`,
  );
  console.log(
    `[bench] load average of the machine (shared with other work): ${os
      .loadavg()
      .map((v) => v.toFixed(1))
      .join(" ")}`,
  );
  const signedIn = await measureFloor(target.url, SEARCH, maker);
  console.log(
    `[bench] ${target.kind}: the same search for a signed-in maker in-process p50 ${signedIn.p50.toFixed(1)} ms, p95 ${signedIn.p95.toFixed(1)} ms (${signedIn.matches} matches)`,
  );
  if (args["sql-only"]) return { kind: target.kind, count: COUNT, seed, floor, landing, signedIn };
  // The API as a script calls it: with a personal token of the signed-in maker (looked up on every request).
  const tokenDb = createDb(target.url, { poolSize: 1 });
  // A database kept for re-runs (--url) would otherwise collect tokens up to the per-person limit.
  await tokenDb.apiToken.deleteMany({ where: { userId: maker.userId!, name: "catalog benchmark" } });
  const token = await createApiToken(tokenDb, { userId: maker.userId!, input: { name: "catalog benchmark", scopes: ["connectors:read"], expiresInDays: 1 } });
  await tokenDb.$disconnect();
  const runs = [];
  for (const cacheSeconds of args["cache-seconds"].split(",").map(Number)) {
    const web = await startWeb(target.url, cacheSeconds);
    try {
      const api = await load(`http://127.0.0.1:${PORT}/api/v1/connectors?${qs}`);
      console.log(`[bench] ${target.kind}, cache ${cacheSeconds} s: API`, api);
      const apiToken = await load(`http://127.0.0.1:${PORT}/api/v1/connectors?${qs}`, { authorization: `Bearer ${token.secret}` });
      console.log(`[bench] ${target.kind}, cache ${cacheSeconds} s: API with a token`, apiToken);
      const page = await load(`http://127.0.0.1:${PORT}/?${qs}`);
      console.log(`[bench] ${target.kind}, cache ${cacheSeconds} s: page`, page);
      runs.push({ cacheSeconds, loadAverage: os.loadavg().map((v) => Math.round(v * 10) / 10), api, apiToken, page });
    } finally {
      web.kill("SIGTERM");
      await new Promise((r) => web.once("exit", r));
    }
  }
  return { kind: target.kind, count: COUNT, seed, floor, landing, signedIn, runs };
}

const results = [];
for (const make of [embeddedTarget, serverTarget]) {
  const kind: Target["kind"] = make === embeddedTarget ? "embedded" : "server";
  if (args.only && args.only !== kind) continue;
  // --url reuses a database seeded by an earlier run (--keep), to measure again without seeding.
  const target: Target = args.url ? { kind, url: args.url, drop: async () => {} } : await make();
  try {
    results.push(await run(target));
  } finally {
    if (args.keep) console.log(`[bench] kept ${redactUrl(target.url)} (measure again with --url)`);
    else await target.drop();
  }
}
mkdirSync(path.join(root, "bench/results"), { recursive: true });
const file = path.join(root, "bench/results", `catalog-scale-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(file, JSON.stringify({ search: SEARCH, connections: CONNECTIONS, durationSeconds: DURATION, results }, null, 2));
console.log(`[bench] results in ${path.relative(root, file)}`);
process.exit(0);
