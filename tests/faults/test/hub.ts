// Helpers of the fault-injection suite: free loopback ports, a hub under `npm start` (the real supervisor) in a data
// folder of its own, bare web servers on one database, and an API token for a seeded maker.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createApiToken, createDb } from "@connector-hub/db";
import { findRepoRoot, systemDataFolder } from "@connector-hub/db/node";

export const root = findRepoRoot();

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "0.0.0.0", () => server.close(() => resolve(true)));
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A data folder the embedded PostgreSQL's user may enter when run as root (mkdtemp makes 0700 ones). */
export function makeDataFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hub-faults-"));
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * Removes a data folder and, when run as root from a checkout the postgres user cannot reach (a clone under a 0700
 * folder, as CI runs it), the copy of the PostgreSQL binaries made for it under /var/lib/connector-hub.
 */
export function removeDataFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  if (process.getuid?.() === 0) rmSync(systemDataFolder(dir), { recursive: true, force: true });
}

export interface Proc {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the first match of `pattern` in the output after `from` (an offset), or rejects after `ms`. */
  waitFor: (pattern: RegExp, ms: number, from?: number) => Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnProc(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Proc {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (pattern: RegExp, ms: number, from = 0) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = text.slice(from).match(pattern);
        if (match) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(match);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`Not seen within ${ms} ms: ${pattern}\n--- output ---\n${text.slice(-4000)}`));
      }, ms);
      listeners.add(check);
      check();
    });
  return { child, output: () => text, waitFor, exited };
}

export interface HubPorts {
  web: number;
  sampleApi: number;
  oidc: number;
  pg: number;
}

export async function hubPorts(): Promise<HubPorts> {
  return { web: await freePort(), sampleApi: await freePort(), oidc: await freePort(), pg: await freePort() };
}

/**
 * This process's environment for a nested turbo: run inside `turbo run test`, it must not see the outer run's TURBO_*
 * variables, nor vitest's NODE_ENV=test (`next build` makes a production build whatever it says).
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const outer = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("TURBO_") && key !== "NODE_ENV"));
  return { ...outer, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
}

/**
 * The environment of `npm start` in the suite: its own data folder and ports. turbo.json leaves those out of the
 * build's hash, so the hub's own build is a cache hit of the global setup's.
 */
export function hubEnv(dataDir: string, ports: HubPorts): NodeJS.ProcessEnv {
  return {
    ...buildEnv(),
    DATABASE_URL: "",
    HUB_DATA_DIR: dataDir,
    PORT: String(ports.web),
    SAMPLE_API_PORT: String(ports.sampleApi),
    HUB_OIDC_PORT: String(ports.oidc),
    HUB_PG_PORT: String(ports.pg),
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
  };
}

/** `npm start` (scripts/start.ts) with its own data folder and ports, quiet web logs. */
export function startHub(dataDir: string, ports: HubPorts): Proc {
  return spawnProc(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env: hubEnv(dataDir, ports) });
}

/** The embedded database a hub in `dataDir` uses (its generated password is kept there). */
export function embeddedUrl(dataDir: string, port: number): string {
  const password = readFileSync(path.join(dataDir, "credentials"), "utf8").trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/connector_hub`;
}

/** A connectors:read+write token of a seeded maker (Maya by default), made straight in the database. */
export async function makerToken(databaseUrl: string, upnPrefix = "maya"): Promise<{ token: string; userId: string }> {
  const db = createDb(databaseUrl, { poolSize: 1 });
  try {
    const user = await db.user.findFirstOrThrow({ where: { upn: { startsWith: upnPrefix } } });
    const created = await createApiToken(db, { userId: user.id, input: { name: `faults ${Date.now()}`, scopes: ["connectors:read", "connectors:write"] } });
    return { token: (created as { secret: string }).secret, userId: user.id };
  } finally {
    await db.$disconnect();
  }
}

/** A bare web server (next start of the production build) on `port`, for the scale-out shape: several on one database. */
export function startWeb(port: number, databaseUrl: string): Proc {
  return spawnProc(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: path.join(root, "apps/web"),
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
      HUB_PUBLIC_URL: `http://127.0.0.1:${port}`,
      HUB_SESSION_SECRET: "faults-suite-session-secret-of-32-characters-or-more",
      HUB_CATALOG_CACHE_SECONDS: "0",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
}

export async function waitForStatus(url: string, status: number, ms: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === status) return Date.now() - started;
    } catch {
      // not answering yet
    }
    if (Date.now() - started > ms) throw new Error(`${url} did not answer ${status} within ${ms} ms`);
    await sleep(100);
  }
}

export function yamlDefinition(host: string, title: string): string {
  return `swagger: "2.0"
info:
  title: ${title}
  description: Lists and reads parcels of a delivery company.
  version: "1.0"
host: ${host}
basePath: /v1
schemes:
  - https
consumes: [application/json]
produces: [application/json]
paths:
  /parcels:
    get:
      operationId: ListParcels
      summary: List parcels
      description: Lists the parcels on their way.
      responses:
        "200":
          description: OK
securityDefinitions: {}
`;
}

/** POST /api/v1/connectors with a YAML body; resolves with the status and body, or the network error's code. */
export async function importOver(
  base: string,
  token: string,
  title: string,
  host: string,
): Promise<{ status: number; body: Record<string, unknown> } | { status: 0; error: string }> {
  try {
    const response = await fetch(`${base}/api/v1/connectors?fileName=def.yaml`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/yaml" },
      body: yamlDefinition(host, title),
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> };
  } catch (error) {
    return { status: 0, error: String((error as { cause?: { code?: string } }).cause?.code ?? error) };
  }
}
