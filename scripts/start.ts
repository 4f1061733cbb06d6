// `npm start`: builds what is stale, brings up the database (embedded unless DATABASE_URL is set), applies
// migrations, seeds an empty database, then serves the hub on http://localhost:3000. `npm run dev` does the same
// with Next's development server and no build. Ctrl-C stops everything it started.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { connectDatabase, findRepoRoot, HubConfigError, migrateDatabase, redactUrl } from "@connector-hub/db/node";
import { createDb } from "@connector-hub/db";
import { isDatabaseEmpty, seedDemoData } from "@connector-hub/db/seed";
import { isPortFree, run, waitForHttp } from "./lib/processes.ts";
import { registerSamplesFrom, startSampleApiBeside } from "./lib/sample-api.ts";
import { startLocalSignIn } from "./lib/local-sign-in.ts";

const isDev = process.argv.includes("--dev");
const root = findRepoRoot();
const webPort = Number(process.env.PORT ?? 3000);
const children: ChildProcess[] = [];
let stopDatabase: () => Promise<void> = async () => {};
let stopSampleApi: () => Promise<void> = async () => {};
let stopSignIn: () => Promise<void> = async () => {};
const say = (line: string) => console.log(`[hub] ${line}`);

async function shutdown(code: number): Promise<never> {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
  await stopSampleApi().catch(() => {});
  await stopSignIn().catch(() => {});
  await stopDatabase().catch(() => {});
  process.exit(code);
}

async function main(): Promise<void> {
  if (!Number.isInteger(webPort) || webPort <= 0 || webPort > 65535) throw new HubConfigError(`PORT must be a port number (got "${process.env.PORT}").`, 2);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
  if (!(await isPortFree(webPort))) {
    throw new HubConfigError(`Port ${webPort} is in use by another program. Stop it, or start the hub on another port: PORT=3100 npm start.`, 1);
  }
  const database = await connectDatabase(say);
  stopDatabase = database.stop;
  if (!database.embedded) say(`Using the PostgreSQL server at ${redactUrl(database.url)}.`);
  await migrateDatabase(database.url, say);
  const db = createDb(database.url, { poolSize: 2 });
  try {
    if (await isDatabaseEmpty(db)) {
      say("Seeding the demo tenant into the empty database...");
      await seedDemoData(db);
    }
  } finally {
    await db.$disconnect();
  }

  // --- sample API (issue 10): beside the web app, its sample connectors registered (or updated) on every start.
  const hubPublicUrl = process.env.HUB_PUBLIC_URL ?? `http://localhost:${webPort}`;
  const sampleApi = await startSampleApiBeside({ hubPublicUrl });
  stopSampleApi = sampleApi.close;
  const samples = await registerSamplesFrom(sampleApi, database.url);
  // The samples live on loopback, so this production build may test-call loopback (never set for a real deployment).
  Object.assign(env, { HUB_TEST_CALLS_ALLOW_LOOPBACK: process.env.HUB_TEST_CALLS_ALLOW_LOOPBACK ?? "true" });
  say(`Sample API at ${sampleApi.url}; sample connectors ${samples.map((r) => `${r.slug} ${r.outcome}`).join(", ")}.`);
  // --- end sample API

  // --- sign-in (issue 6): Entra ID when ENTRA_TENANT_ID is set, else the local OpenID provider, started before the web app.
  const signIn = await startLocalSignIn({ webPort, defaultOidcPort: 3443, persistSessionSecret: true });
  stopSignIn = signIn.close;
  say(signIn.issuer ? `Local sign-in provider at ${signIn.issuer} (seeded personas; no Entra settings given).` : "Signing in through Microsoft Entra ID.");
  // --- end sign-in

  if (!isDev) {
    say("Building (only what changed since the last build)...");
    const code = await run(path.join(root, "node_modules", ".bin", "turbo"), ["run", "build", "--filter=@connector-hub/web", "--output-logs=errors-only"], { cwd: root, env });
    if (code !== 0) throw new HubConfigError("The build failed (see above). Fix the error, then run npm start again.", 1);
  } else {
    const code = await run("npm", ["run", "db:generate"], { cwd: root, env });
    if (code !== 0) throw new HubConfigError("prisma generate failed (see above).", 1);
  }

  // --- web server (issue 16): apps/web/server.ts wraps Next's handler so the app sees each caller's socket address.
  const web = spawn(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "server.ts"], {
    cwd: path.join(root, "apps", "web"),
    stdio: "inherit",
    env: { ...env, HUB_PUBLIC_URL: hubPublicUrl, ...signIn.env, DATABASE_URL: database.url, PORT: String(webPort), NODE_ENV: isDev ? "development" : "production" },
  });
  children.push(web);
  web.on("exit", (code) => {
    say(`The web server stopped (exit ${code ?? "signal"}).`);
    void shutdown(code ?? 1);
  });
  if (await waitForHttp(`http://127.0.0.1:${webPort}/api/health`, 120_000, web)) {
    say(`Connector Hub is up at http://localhost:${webPort} (Ctrl-C to stop).`);
  } else {
    say("The web server did not become healthy within 2 minutes; see its output above.");
    await shutdown(1);
  }
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
main().catch(async (error: unknown) => {
  if (error instanceof HubConfigError) {
    console.error(`[hub] error: ${error.message}`);
    await stopSampleApi().catch(() => {});
    await stopSignIn().catch(() => {});
    await stopDatabase().catch(() => {});
    process.exit(error.exitCode);
  }
  console.error(error);
  await shutdown(1);
});
