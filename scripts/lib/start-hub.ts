// The hub under `npm start`, loaded by scripts/start.ts once the data folder has passed its check (see there).
//
// It is a supervisor (scripts/lib/supervisor.ts): the embedded PostgreSQL, the sample API, the local sign-in
// provider and the web server each run as a child process, and one that dies (exit code or signal) is restarted
// with back-off; one that keeps dying stops everything with a non-zero exit. A lock file in the data folder
// (hub.pid) makes a second `npm start` of the same checkout say where the first one runs.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  connectDatabase,
  embeddedServerPid,
  ensureWritableFolder,
  findRepoRoot,
  HubConfigError,
  migrateDatabase,
  redactUrl,
  resolveDataRoot,
  startEmbeddedDatabase,
} from "@connector-hub/db/node";
import { createDb } from "@connector-hub/db";
import { isDatabaseEmpty, seedDemoData, seedPublishedConnectors, LOCAL_TENANT_ID } from "@connector-hub/db/seed";
import { isPortFree, run, spawnAnnounced, waitForAnswer, waitForHttp } from "./processes.ts";
import { registerSamplesFrom } from "./sample-api.ts";
import { readOrCreateSecret } from "./local-sign-in.ts";
import { exitOf, stopChild, Supervisor, type RunningPart } from "./supervisor.ts";

const isDev = process.argv.includes("--dev");
const root = findRepoRoot();
const webPort = Number(process.env.PORT ?? 3000);
const say = (line: string) => console.log(`[hub] ${line}`);
const tsxChild = (script: string) => [process.execPath, ["--import", "tsx", path.join(root, "scripts/lib", script)]] as const;
// Every child exits when this process is gone (even after kill -9), so no port stays held.
const childNodeOptions = `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(root, "scripts/lib/exit-with-parent.cjs")}`.trim();

let lockFile: string | null = null;
let stopping = false;
const supervisor = new Supervisor(say, (reason) => {
  say(reason);
  void shutdown(1);
});

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // Never hang: whatever does not stop within 30 s is left to the exit below.
    setTimeout(() => process.exit(code), 30_000).unref();
    await supervisor.stopAll();
    if (lockFile) rmSync(lockFile, { force: true });
  }
  process.exit(code);
}

function isHubProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("start.ts");
  } catch {
    return true;
  }
}

/** One `npm start` per checkout: the lock file names the pid of the one that runs. A stale file is taken over. */
function takeLock(dataRoot: string): string {
  const file = path.join(dataRoot, "hub.pid");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: "wx", mode: 0o644 });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new HubConfigError(
          `The data folder ${dataRoot} is not writable (${(error as NodeJS.ErrnoException).code}). Set HUB_DATA_DIR to a folder you can write to.`,
        );
      }
    }
    const pid = Number(readFileSync(file, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isHubProcess(pid)) {
      throw new HubConfigError(`The hub is already running from this folder (pid ${pid}). Use it at its address, or stop it first (kill ${pid}).`, 1);
    }
    rmSync(file, { force: true });
  }
  throw new HubConfigError(`Another npm start of this folder is starting at the same moment; wait for it, or stop it.`, 1);
}

function partFromChild(child: ChildProcess): RunningPart {
  return { pid: child.pid ?? null, exited: exitOf(child), stop: () => stopChild(child) };
}

async function main(): Promise<void> {
  if (!Number.isInteger(webPort) || webPort <= 0 || webPort > 65535) throw new HubConfigError(`PORT must be a port number (got "${process.env.PORT}").`, 2);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
  const dataRoot = resolveDataRoot();
  ensureWritableFolder(dataRoot);
  lockFile = takeLock(dataRoot);
  if (!(await isPortFree(webPort))) {
    throw new HubConfigError(`Port ${webPort} is in use by another program. Stop it, or start the hub on another port: PORT=3100 npm start.`, 1);
  }

  // --- the database: a PostgreSQL server (not ours to restart), or the embedded one, supervised like the rest.
  const first = await connectDatabase(say);
  const databaseUrl = first.url;
  if (!first.embedded) say(`Using the PostgreSQL server at ${redactUrl(databaseUrl)}.`);
  else {
    let current: typeof first | null = first;
    await supervisor.add({
      name: "embedded PostgreSQL",
      start: async () => {
        if (current === null) current = { ...(await startEmbeddedDatabase({ log: say })), embedded: true };
        const db = current;
        current = null;
        if (db.isOwner && db.exited) return { pid: db.pid ?? null, exited: db.exited, stop: db.stop };
        // Started by another process of this checkout (npm run db:*, or an npm start killed before): watch its pid.
        const clusterDir = db.clusterDir!;
        const exited = new Promise<{ code: null; signal: null }>((resolve) => {
          const timer = setInterval(() => {
            if (embeddedServerPid(clusterDir) === null) {
              clearInterval(timer);
              resolve({ code: null, signal: null });
            }
          }, 250);
        });
        return { pid: db.pid ?? null, exited, stop: async () => {} };
      },
    });
  }
  await migrateDatabase(databaseUrl, say);
  const db = createDb(databaseUrl, { poolSize: 2 });
  try {
    if (await isDatabaseEmpty(db)) {
      say("Seeding the demo tenant into the empty database...");
      await seedDemoData(db);
    }
    // A database seeded before the published index existed (issue 23) gets it on its next start.
    const published = await seedPublishedConnectors(db);
    if (published) say(`Loaded the index of ${published.connectors} published connectors (${published.operations} operations) in ${published.ms} ms.`);
  } finally {
    await db.$disconnect();
  }

  // --- sample API (issue 10): beside the web app, its sample connectors registered (or updated) on every start.
  const hubPublicUrl = process.env.HUB_PUBLIC_URL ?? `http://localhost:${webPort}`;
  const childEnv = { ...env, HUB_PUBLIC_URL: hubPublicUrl, NODE_OPTIONS: childNodeOptions };
  let sampleApi: { url: string; localUrl: string } | null = null;
  await supervisor.add({
    name: "sample API",
    start: async () => {
      const [command, args] = tsxChild("serve-sample-api.ts");
      const { child, ready } = spawnAnnounced(command, [...args], { cwd: root, env: childEnv });
      try {
        sampleApi = (await ready) as { url: string; localUrl: string };
      } catch (error) {
        await stopChild(child);
        throw new HubConfigError((error as Error).message, (error as { exitCode?: number }).exitCode ?? 1);
      }
      return partFromChild(child);
    },
  });
  const samples = await registerSamplesFrom({ ...sampleApi!, close: async () => {} }, databaseUrl);
  // The samples live on loopback, so this production build may test-call loopback (never set for a real deployment).
  Object.assign(env, { HUB_TEST_CALLS_ALLOW_LOOPBACK: process.env.HUB_TEST_CALLS_ALLOW_LOOPBACK ?? "true" });
  say(`Sample API at ${sampleApi!.url}; sample connectors ${samples.map((r) => `${r.slug} ${r.outcome}`).join(", ")}.`);
  // --- end sample API

  // --- sign-in (issue 6): Entra ID when ENTRA_TENANT_ID is set, else the local OpenID provider, started before the web app.
  const sessionSecret = process.env.HUB_SESSION_SECRET ?? readOrCreateSecret(path.join(dataRoot, "session-secret"));
  // The key that seals saved MCP test connections (issue 24): kept beside the database like the session secret, so
  // what was saved still opens after a restart. A deployment sets HUB_CONNECTION_KEY (32 bytes, base64) itself.
  const connectionKey = process.env.HUB_CONNECTION_KEY ?? process.env.HUB_SECRET_KEY ?? readOrCreateSecret(path.join(dataRoot, "connection-key"));
  const signInEnv: Record<string, string> = {
    HUB_PUBLIC_URL: hubPublicUrl.replace(/\/+$/, ""),
    HUB_SESSION_SECRET: sessionSecret,
    HUB_CONNECTION_KEY: connectionKey,
  };
  if (process.env.ENTRA_TENANT_ID) say("Signing in through Microsoft Entra ID.");
  else {
    const raw = process.env.HUB_OIDC_PORT;
    const oidcPort = raw ? Number(raw) : 3443;
    if (!Number.isInteger(oidcPort) || oidcPort <= 0 || oidcPort > 65535) throw new HubConfigError(`HUB_OIDC_PORT must be a port number (got "${raw}").`, 2);
    if (!(await isPortFree(oidcPort, "127.0.0.1"))) {
      throw new HubConfigError(
        `Port ${oidcPort} (local sign-in provider) is in use by another program. Stop it, or choose another: HUB_OIDC_PORT=${oidcPort + 1}.`,
        1,
      );
    }
    // One client secret for this run, kept across restarts of the provider so the web app's stays valid.
    const clientId = "connector-hub-local";
    const clientSecret = randomBytes(32).toString("base64url");
    let provider: { issuer: string; caPath: string } | null = null;
    await supervisor.add({
      name: "local sign-in provider",
      start: async () => {
        const [command, args] = tsxChild("serve-local-sign-in.ts");
        const { child, ready } = spawnAnnounced(command, [...args], {
          cwd: root,
          env: { ...childEnv, HUB_OIDC_PORT: String(oidcPort), HUB_LOCAL_CLIENT_ID: clientId, HUB_LOCAL_CLIENT_SECRET: clientSecret },
        });
        try {
          provider = (await ready) as { issuer: string; caPath: string };
        } catch (error) {
          await stopChild(child);
          throw new HubConfigError((error as Error).message, (error as { exitCode?: number }).exitCode ?? 1);
        }
        return partFromChild(child);
      },
    });
    Object.assign(signInEnv, {
      ENTRA_TENANT_ID: LOCAL_TENANT_ID,
      ENTRA_CLIENT_ID: clientId,
      ENTRA_CLIENT_SECRET: clientSecret,
      ENTRA_AUTHORITY: provider!.issuer,
      ENTRA_REDIRECT_URI: `${signInEnv.HUB_PUBLIC_URL}/auth/callback`,
      HUB_OIDC_CA_FILE: provider!.caPath,
    });
    say(`Local sign-in provider at ${provider!.issuer} (seeded personas; no Entra settings given).`);
  }
  // --- end sign-in

  if (!isDev) {
    say("Building (only what changed since the last build)...");
    const code = await run(path.join(root, "node_modules", ".bin", "turbo"), ["run", "build", "--filter=@connector-hub/web", "--output-logs=errors-only"], {
      cwd: root,
      env,
    });
    if (code !== 0) throw new HubConfigError("The build failed (see above). Fix the error, then run npm start again.", 1);
  } else {
    const code = await run("npm", ["run", "db:generate"], { cwd: root, env });
    if (code !== 0) throw new HubConfigError("prisma generate failed (see above).", 1);
  }

  // --- web server (issue 16): apps/web/server.ts wraps Next's handler so the app sees each caller's socket address.
  // Run in one process (`node --import tsx`), so the supervisor's pid is the server's own.
  const tsxLoader = pathToFileURL(path.join(root, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const healthUrl = `http://127.0.0.1:${webPort}/api/health`;
  let firstStart = true;
  await supervisor.add({
    name: "web server",
    start: async () => {
      const web = spawn(process.execPath, ["--import", tsxLoader, "server.ts"], {
        cwd: path.join(root, "apps", "web"),
        stdio: "inherit",
        env: {
          ...env,
          ...signInEnv,
          NODE_OPTIONS: childNodeOptions,
          DATABASE_URL: databaseUrl,
          PORT: String(webPort),
          NODE_ENV: isDev ? "development" : "production",
        },
      });
      // The first start waits for a healthy hub (2 minutes); a restart only for the server to answer, since the
      // database may be what is down.
      const up = firstStart ? await waitForHttp(healthUrl, 120_000, web) : await waitForAnswer(healthUrl, 60_000, web);
      if (!up) {
        await stopChild(web);
        throw new HubConfigError(
          `The web server did not become ${firstStart ? "healthy within 2 minutes" : "reachable within 1 minute"}; see its output above.`,
          1,
        );
      }
      firstStart = false;
      return partFromChild(web);
    },
  });
  // --- scheduled MCP re-discovery (issue 24): its own process beside the web server, only when an interval is set.
  if (process.env.HUB_MCP_DISCOVERY_INTERVAL && !/^\s*(off|0)\s*$/i.test(process.env.HUB_MCP_DISCOVERY_INTERVAL)) {
    await supervisor.add({
      name: "MCP re-discovery",
      start: async () => {
        const job = spawn(process.execPath, ["--conditions=react-server", "--import", tsxLoader, "mcp-rediscovery.ts"], {
          cwd: path.join(root, "apps", "web"),
          stdio: "inherit",
          env: { ...env, ...signInEnv, NODE_OPTIONS: childNodeOptions, DATABASE_URL: databaseUrl, NODE_ENV: isDev ? "development" : "production" },
        });
        return partFromChild(job);
      },
    });
    say(`MCP connectors with a saved test connection are re-discovered every ${process.env.HUB_MCP_DISCOVERY_INTERVAL} (HUB_MCP_DISCOVERY_INTERVAL).`);
  }
  say(`Connector Hub is up at http://localhost:${webPort} (Ctrl-C to stop).`);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("uncaughtException", (error) => {
  console.error(error);
  void shutdown(1);
});
main().catch(async (error: unknown) => {
  if (error instanceof HubConfigError) {
    console.error(`[hub] error: ${error.message}`);
    await shutdown(error.exitCode);
  }
  console.error(error);
  await shutdown(1);
});
