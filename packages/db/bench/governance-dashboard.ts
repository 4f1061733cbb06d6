// Benchmark: the governance dashboard's server time with 100,000 connectors and 1,000,000 audit events, on the
// embedded PostgreSQL and on the server at 127.0.0.1:5432 (BENCH_SERVER_URL), each in a database of its own that is
// dropped afterwards. Seeding runs inside PostgreSQL (INSERT ... SELECT over generate_series), so it takes seconds.
//   npx tsx bench/governance-dashboard.ts [--only=embedded|server] [--runs=10]
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb } from "../src/client.ts";
import { startEmbeddedDatabase } from "../src/embedded.ts";
import { getGovernanceDashboard } from "../src/dashboard/get-governance-dashboard.ts";
import { readGovernanceDashboard } from "../src/dashboard/read-governance-dashboard.ts";
import { migrateDatabase } from "../src/migrate.ts";
import { withDatabase } from "../src/pg-config.ts";
import { createDefaultDlpPolicy, createLicencePlans } from "../src/seed/factories.ts";

const CONNECTORS = 100_000;
const AUDIT_EVENTS = 1_000_000;
const USERS = 2_000;
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=") as [string, string]));
const runs = Number(args.get("runs") ?? 10);
const only = args.get("only");

async function seed(client: pg.Client) {
  const step = async (what: string, sql: string) => {
    const t = performance.now();
    await client.query(sql);
    console.log(`  ${what}: ${Math.round(performance.now() - t)} ms`);
  };
  await step(
    "users",
    `INSERT INTO "User" (id, "tenantId", oid, upn, "displayName", roles, "isActive")
    SELECT 'u' || i, 't1', 'oid-' || i, 'user' || i || '@contoso.example', 'User ' || lpad(i::text, 5, '0'), ARRAY['Hub.Maker'], i % 50 <> 0
    FROM generate_series(1, ${USERS}) i`,
  );
  await step("environments", `INSERT INTO "Environment" (id, name, "displayName") SELECT 'e' || i, 'env-' || i, 'Env ' || i FROM generate_series(1, 5) i`);
  await step(
    "licence assignments",
    `INSERT INTO "LicenceAssignment" (id, "planId", "userId")
    SELECT 'la' || i, (SELECT id FROM "LicencePlan" WHERE key = CASE i % 3 WHEN 0 THEN 'FREE_DEVELOPER' WHEN 1 THEN 'LEGACY_FLOW_PLAN' ELSE 'POWER_AUTOMATE_PREMIUM' END), 'u' || i
    FROM generate_series(1, ${USERS}) i`,
  );
  await step(
    "connectors",
    `INSERT INTO "Connector" (id, slug, title, publisher, host, "basePath", hosting, "gatewayName", "authType", scope, lifecycle,
      "ownerId", "environmentId", "errorCount", "warningCount", "versionCount", "actionCount", "createdAt", "updatedAt")
    SELECT 'c' || i, 'bench-' || i,
      CASE WHEN i % 97 = 0 THEN 'Test connector ' || i ELSE 'Connector ' || i END,
      'Publisher ' || (i % 40),
      CASE i % 4 WHEN 0 THEN 'api' || i || '.contoso.example' WHEN 1 THEN 'svc' || i || '.fabrikam.example' ELSE 'host' || i || '.example.net' END,
      '/api',
      (CASE WHEN i % 10 = 0 THEN 'ON_PREMISES' ELSE 'CLOUD' END)::"Hosting",
      CASE WHEN i % 10 = 0 AND i % 30 <> 0 THEN 'gateway-' || (i % 7) END,
      (ARRAY['NONE','API_KEY','BASIC','OAUTH2','WINDOWS'])[1 + i % 5]::"AuthType",
      (ARRAY['PRIVATE','USERS','ORGANIZATION','PUBLIC','PRIVATE','PRIVATE'])[1 + i % 6]::"SharingScope",
      (ARRAY['DRAFT','IN_REVIEW','PUBLISHED','PUBLISHED','DEPRECATED','RETIRED'])[1 + i % 6]::"Lifecycle",
      'u' || (1 + i % ${USERS}), 'e' || (1 + i % 5),
      CASE WHEN i % 10 = 0 THEN 1 + i % 3 ELSE 0 END, CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END, 1, 3,
      now() - (i % 365) * interval '1 day', now() - (i % 365) * interval '1 day'
    FROM generate_series(1, ${CONNECTORS}) i`,
  );
  await step(
    "versions",
    `INSERT INTO "ConnectorVersion" (id, "connectorId", number, "sourceFormat", "sourceText", definition, "contentHash", findings,
      "errorCount", "warningCount", "createdById")
    SELECT 'v' || i, 'c' || i, 1, 'OPENAPI_JSON', '{}',
      jsonb_build_object('swagger', '2.0', 'info', jsonb_build_object('title', 'Connector ' || i, 'version', '1.0'), 'host', 'host' || i,
        'basePath', '/api', 'schemes', CASE WHEN i % 25 = 0 THEN '["http"]'::jsonb ELSE '["https"]'::jsonb END, 'paths', '{}'::jsonb),
      md5(i::text),
      CASE WHEN i % 10 = 0 THEN jsonb_build_array(jsonb_build_object('code', 'RULE' || (i % 13), 'severity', 'error', 'message', 'x'),
        jsonb_build_object('code', 'RULE' || (i % 5), 'severity', 'error', 'message', 'y'))
        WHEN i % 7 = 0 THEN jsonb_build_array(jsonb_build_object('code', 'WARN' || (i % 4), 'severity', 'warning', 'message', 'z'))
        ELSE '[]'::jsonb END,
      CASE WHEN i % 10 = 0 THEN 2 ELSE 0 END, CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END, 'u' || (1 + i % ${USERS})
    FROM generate_series(1, ${CONNECTORS}) i`,
  );
  await step(
    "shares",
    `INSERT INTO "Share" (id, "connectorId", "principalType", "userId", permission, "grantedById")
    SELECT 's' || i, 'c' || (i * 5), 'USER', 'u' || (1 + (i * 7) % ${USERS}), 'CAN_VIEW', 'u1' FROM generate_series(1, 20000) i`,
  );
  await step(
    "sharing requests",
    `INSERT INTO "SharingRequest" (id, "connectorId", "versionId", "requesterId", "targetScope", "businessJustification", impact,
      "accessManagement", dependencies, "conditionsOfUse", "mitigationPlan", stage, "decidedAt", "createdAt", "updatedAt")
    SELECT 'r' || i, 'c' || (i * 20), 'v' || (i * 20), 'u' || (1 + i % ${USERS}), 'ORGANIZATION', 'b', 'i', 'a', 'd', 'c', 'm',
      (ARRAY['SUBMITTED','MAKER_CHECKS','RISK_ASSESSMENT','ADMIN_DECISION','APPROVED','REJECTED','WITHDRAWN','CHANGES_REQUESTED'])[1 + i % 8]::"RequestStage",
      CASE WHEN i % 8 IN (4, 5) THEN now() - (i % 60) * interval '1 day' + (i % 72) * interval '1 hour' END,
      now() - (i % 60) * interval '1 day', now()
    FROM generate_series(1, 5000) i`,
  );
  await step(
    "review steps",
    `INSERT INTO "ReviewStep" (id, "requestId", "toStage", "actorId", "createdAt")
    SELECT 'rs' || i || '-' || s, 'r' || i, (ARRAY['SUBMITTED','MAKER_CHECKS','RISK_ASSESSMENT','ADMIN_DECISION'])[s]::"RequestStage", 'u1',
      now() - (i % 60) * interval '1 day' + s * (i % 11 + 1) * interval '1 hour'
    FROM generate_series(1, 5000) i, generate_series(1, 4) s`,
  );
  await step(
    "DLP overrides",
    `INSERT INTO "DlpConnectorOverride" (id, "policyId", "connectorId", "group")
    SELECT 'o' || i, (SELECT id FROM "DlpPolicy" WHERE "isDefault"), 'c' || (i * 499), (ARRAY['BUSINESS','BLOCKED'])[1 + i % 2]::"DlpGroup" FROM generate_series(1, 200) i`,
  );
  await step(
    "audit events",
    `INSERT INTO "AuditEvent" (at, "actorId", "actorLabel", action, "entityType", "entityId", after)
    SELECT now() - (i % 525600) * interval '1 minute', 'u' || (1 + i % ${USERS}), 'user', (ARRAY['connector.created','connector.updated','sharing.submitted','share.granted'])[1 + i % 4],
      'Connector', 'c' || (1 + i % ${CONNECTORS}), jsonb_build_object('n', i)
    FROM generate_series(1, ${AUDIT_EVENTS}) i`,
  );
  await step("vacuum analyze", "VACUUM ANALYZE");
}

async function measure(kind: string, serverUrl: string): Promise<string[]> {
  const name = `hub_bench_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  try {
    await migrateDatabase(url);
    const db = createDb(url, { poolSize: 10 });
    await createLicencePlans(db);
    await createDefaultDlpPolicy(db);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    console.log(`[${kind}] seeding ${CONNECTORS} connectors, ${AUDIT_EVENTS} audit events`);
    const t0 = performance.now();
    await seed(client);
    const seedMs = Math.round(performance.now() - t0);
    await client.end();

    let t = performance.now();
    const cold = await getGovernanceDashboard(db);
    const coldMs = Math.round(performance.now() - t);
    const stats = (times: number[]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return { best: Math.round(sorted[0] ?? 0), median: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), worst: Math.round(sorted.at(-1) ?? 0) };
    };
    // A full recomputation: what the background refresh (or ?refresh=1) costs.
    const full: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      const d = await getGovernanceDashboard(db);
      full.push(performance.now() - t);
      if (d.connectors.total !== CONNECTORS) throw new Error(`expected ${CONNECTORS} connectors, the dashboard counted ${d.connectors.total}`);
    }
    // A page view: the stored snapshot (the first read stores it).
    await readGovernanceDashboard(db);
    const views: number[] = [];
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      const snapshot = await readGovernanceDashboard(db);
      views.push(performance.now() - t);
      if (snapshot.dashboard.connectors.total !== CONNECTORS) throw new Error("the snapshot lost connectors");
    }
    await db.$disconnect();
    const f = stats(full),
      v = stats(views);
    const line = `| ${kind} | ${seedMs} ms | ${coldMs} ms (classified ${cold.reclassified}) | ${f.median} ms (best ${f.best}) | ${v.best} / ${v.median} / ${v.worst} ms |`;
    console.log(line);
    return [line];
  } finally {
    if (args.has("keep")) console.log(`kept ${url}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

const lines: string[] = [];
if (only !== "server") {
  const embedded = await startEmbeddedDatabase({ clusterName: "postgres-bench", port: Number(process.env.HUB_BENCH_PG_PORT ?? 54359), database: "postgres" });
  try {
    lines.push(...(await measure("embedded PostgreSQL 17", embedded.url)));
  } finally {
    await embedded.stop();
  }
}
if (only !== "embedded") {
  lines.push(...(await measure("server PostgreSQL (127.0.0.1:5432)", process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres")));
}
console.log(
  [
    "",
    `load average at the end: ${(await import("node:os"))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
    "",
    "| database | seed | first computation (classifies all) | full recomputation, median of 3 | page view from the snapshot, best / median / worst of " +
      runs +
      " |",
    "| --- | --- | --- | --- | --- |",
    ...lines,
  ].join("\n"),
);
