// The server the browser tests run against: a fresh, seeded test database and the production build of the web app
// on port E2E_PORT (default 3100). Playwright starts it and stops it (SIGTERM), and the database is dropped then.
import { spawn } from "node:child_process";
import path from "node:path";
import { createDb } from "@connector-hub/db";
import { createTestDatabase, findRepoRoot } from "@connector-hub/db/node";
import { seedDemoData, seedDemoMcpConnector } from "@connector-hub/db/seed";
import { run } from "./lib/processes.ts";
import { registerSamplesFrom, startSampleApiBeside } from "./lib/sample-api.ts";
import { startLocalSignIn } from "./lib/local-sign-in.ts";

const root = findRepoRoot();
const port = process.env.E2E_PORT ?? "3100";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };

const build = await run(path.join(root, "node_modules/.bin/turbo"), ["run", "build", "--filter=@connector-hub/web", "--output-logs=errors-only"], {
  cwd: root,
  env,
});
if (build !== 0) process.exit(build);
process.env.HUB_TEST_PG_PORT ??= "54349";
process.env.HUB_TEST_CLUSTER ??= "postgres-e2e";
const database = await createTestDatabase();
const db = createDb(database.url, { poolSize: 2 });
await seedDemoData(db);
// A maker's MCP connector with a discovered tool list, for the review test (a maker's own server cannot be discovered
// here: only the administrator's sample may be reached on loopback).
await seedDemoMcpConnector(db);
await db.$disconnect();
console.log(`[e2e] seeded a fresh ${database.kind} database`);

// --- sample API (issue 10): on SAMPLE_API_PORT (default 3101, clear of a running `npm start`), samples registered.
const sampleApi = await startSampleApiBeside({ defaultPort: 3101, hubPublicUrl: process.env.HUB_PUBLIC_URL ?? `http://127.0.0.1:${port}` });
await registerSamplesFrom(sampleApi, database.url);
// The samples live on loopback, so this production build may test-call loopback (never set for a real deployment).
Object.assign(env, { HUB_TEST_CALLS_ALLOW_LOOPBACK: process.env.HUB_TEST_CALLS_ALLOW_LOOPBACK ?? "true" });
console.log(`[e2e] sample API at ${sampleApi.url}`);
// --- end sample API

// --- sign-in (issue 6): the local OpenID provider on HUB_OIDC_PORT (default 3543), web app pointed at it.
const signIn = await startLocalSignIn({ webPort: Number(port), defaultOidcPort: 3543, persistSessionSecret: false, publicHost: "127.0.0.1" });
console.log(`[e2e] local sign-in provider at ${signIn.issuer ?? "(Entra ID)"}`);
// --- end sign-in

// The hub's own server (apps/web/server.ts: Next's handler, the caller's socket address passed on), as `npm start` runs it.
const web = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "server.ts"], {
  cwd: path.join(root, "apps/web"),
  stdio: "inherit",
  env: { ...env, ...signIn.env, DATABASE_URL: database.url, NODE_ENV: "production", PORT: port, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
});
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (web.exitCode === null) web.kill("SIGTERM");
  await sampleApi.close().catch(() => {});
  await signIn.close().catch(() => {});
  await database.drop().catch(() => {});
  process.exit(code);
}
web.on("exit", (code) => void stop(code ?? 0));
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
