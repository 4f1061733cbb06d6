// Inventory sync benchmark (#20): a synthetic tenant through the admin API stand-in (real OpenID provider, msal-node,
// HTTP, PostgreSQL): full sync time and memory, incremental sync time, and the impact query for one breaking change.
//   BENCH_SCALE=1 (1,000 environments, 5,000 connectors, 200,000 flows, 50,000 apps) or a fraction of it.
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench -w @connector-hub/inventory
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { assessBreakingImpact, createConnector, createDb } from "@connector-hub/db";
import { createTestDatabase } from "@connector-hub/db/node";
import { createUser, createEnvironment } from "@connector-hub/db/seed";
import { diffDefinitions } from "@connector-hub/definitions";
import { createAdminClient, createTokenSource, runInventorySync } from "../src/index.ts";
import { buildSyntheticTenant, ordersDefinition } from "../src/stand-in/build-synthetic-tenant.ts";
import { startAdminApiStandIn, startTokenProvider } from "../src/stand-in/index.ts";

const scale = Number(process.env.BENCH_SCALE ?? 0.1);
const size = {
  environments: Math.round(1000 * scale),
  connectors: Math.round(5000 * scale),
  flows: Math.round(200_000 * scale),
  apps: Math.round(50_000 * scale),
};
const mb = (b: number) => Math.round(b / 1048576);
const log = (line: string) => process.stderr.write(`${line}\n`);

const database = await createTestDatabase();
const db = createDb(database.url, { poolSize: 8 });
const tenant = buildSyntheticTenant(size);
log(`tenant: ${JSON.stringify(tenant.counts())}`);
const provider = await startTokenProvider({
  port: 0,
  certDir: path.join(mkdtempSync(path.join(tmpdir(), "hub-bench-")), "oidc"),
  clientId: "bench",
  clientSecret: "bench-secret",
});
const api = await startAdminApiStandIn({ port: 0, tenant, publicKey: provider.publicKey, issuer: provider.issuer });
const tokens = createTokenSource({
  tenantId: tenant.tenantId,
  clientId: "bench",
  clientSecret: "bench-secret",
  authority: provider.issuer,
  caPem: provider.caPem,
});

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
async function sync(label: string) {
  const client = createAdminClient({ tokens, concurrency: 16 });
  const started = performance.now();
  let last = 0;
  const result = await runInventorySync({
    db,
    client,
    endpoints: api.endpoints,
    environmentConcurrency: 8,
    onProgress: (p) => {
      if (Date.now() - last > 10_000) {
        last = Date.now();
        log(`  ${label}: ${p.environmentsDone}/${p.environmentsTotal} environments, ${p.flows} flows, ${p.requests} requests`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  log(`${label}: ${seconds.toFixed(1)} s, ${result.requests} requests, ${result.detailsFetched} details fetched`);
  return { seconds: Number(seconds.toFixed(1)), requests: result.requests, detailsFetched: result.detailsFetched };
}

const baseRss = process.memoryUsage().rss;
const full = await sync("full sync");
const fullPeakMb = mb(peakRss);
const quiet = await sync("incremental, nothing changed");
// 1% of flows edited upstream.
const all = tenant.environments.flatMap((e) => tenant.flows(e.name));
for (let i = 0; i < all.length; i += 100) all[i]!.modifiedAt = "2026-11-30T08:00:00Z";
const changed = await sync("incremental, 1% of flows changed");
clearInterval(sampler);

// The impact query: a catalog connector matching "Orders 0" (deployed in environments across the tenant).
const owner = await createUser(db, { displayName: "Bench Owner" });
const env = await createEnvironment(db, "bench");
const definition = ordersDefinition("Orders 0", "orders0.contoso.example");
const connector = await createConnector(db, {
  slug: "orders-0",
  title: "Orders 0",
  ownerId: owner.id,
  environmentId: env.id,
  sourceFormat: "OPENAPI_JSON",
  sourceText: JSON.stringify(definition),
  definition,
  actor: { id: owner.id, label: "bench" },
});
const copies = await db.$executeRawUnsafe(`UPDATE "InventoryConnector" SET "catalogConnectorId" = $1 WHERE host = 'orders0.contoso.example'`, connector.id);
const after = structuredClone(definition) as { paths: Record<string, Record<string, unknown>> };
delete after.paths["/orders/{id}"]!.delete;
const changes = diffDefinitions(definition, after).changes;
const times: number[] = [];
let summary = "";
for (let i = 0; i < 25; i++) {
  const t = performance.now();
  const impacts = await assessBreakingImpact(db, { connectorId: connector.id, changes });
  times.push(performance.now() - t);
  summary = impacts.map((x) => x.summary).join("; ");
}
const first = times[0]!;
const warm = times.slice(1).sort((a, b) => a - b);
const rows = await db.$queryRawUnsafe<{ resources: bigint; usages: bigint }[]>(
  `SELECT (SELECT count(*) FROM "InventoryResource") AS resources, (SELECT count(*) FROM "InventoryUsage") AS usages`,
);
console.log(
  JSON.stringify(
    {
      scale,
      size,
      rows: { resources: Number(rows[0]!.resources), usages: Number(rows[0]!.usages) },
      full: { ...full, peakRssMb: fullPeakMb, baseRssMb: mb(baseRss) },
      incrementalNoChange: quiet,
      incrementalOnePercent: changed,
      impact: {
        copies,
        summary,
        firstMs: Math.round(first),
        medianMs: Math.round(warm[Math.floor(warm.length / 2)]!),
        p95Ms: Math.round(warm[Math.floor(warm.length * 0.95)]!),
      },
      tokenRequests: provider.tokenRequests(),
    },
    null,
    2,
  ),
);
await db.$disconnect();
await api.close();
await provider.close();
await database.drop();
