// The data folder (`.data` of the checkout, or HUB_DATA_DIR): where it is, and whether it can be used. Light on
// purpose (node:fs and node:path only), so `npm start` checks it before it loads anything heavy and every data-folder
// fault is one line and an exit code within moments (scripts/lib/preflight.ts).
import { chmodSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HubConfigError } from "./errors.ts";
import { findRepoRoot } from "./paths.ts";

export { HubConfigError };

const USER = "postgres";

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** As root the server runs as the `postgres` user, which must be able to walk down to its folders: the first folder on
 * the way that others may not enter, or null. */
export function firstPrivateFolder(dir: string): string | null {
  const chain: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    chain.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const current of chain) {
    let stats;
    try {
      stats = statSync(current);
    } catch {
      return null;
    }
    if (stats.isDirectory() && (stats.mode & 0o001) === 0) return current;
  }
  return null;
}

export function resolveDataRoot(requested?: string): string {
  const explicit = requested ?? process.env.HUB_DATA_DIR;
  if (explicit) return path.resolve(explicit);
  return path.join(findRepoRoot(), ".data");
}

const FOLDER_FAULTS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "not permitted there",
  EROFS: "read-only file system",
  ENOTDIR: "a part of the path is a file, not a folder",
  ENOENT: "that file system does not allow new folders",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EEXIST: "a file of that name is in the way",
};

export function folderError(dir: string, error: unknown): HubConfigError {
  const code = (error as NodeJS.ErrnoException).code ?? "error";
  return new HubConfigError(
    `The data folder ${dir} is not writable (${code}: ${FOLDER_FAULTS[code] ?? "cannot be used"}). Set HUB_DATA_DIR to a folder you can write to, or set DATABASE_URL to use a PostgreSQL server.`,
  );
}

/**
 * mkdir -p, one level at a time. Node's own recursive mkdir loops forever where the file system refuses a new entry
 * with ENOENT under an existing parent (e.g. /proc), and reports EACCES or EROFS of a parent as ENOENT elsewhere.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    try {
      if (!statSync(current).isDirectory()) throw Object.assign(new Error(`${current} is not a folder`), { code: "ENOTDIR" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      missing.unshift(current);
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(folder).isDirectory()) throw error;
    }
  }
}

/** Creates the data folder when missing and proves it writable; a fault is one HubConfigError line (exit 78). */
export function ensureWritableFolder(dir: string): void {
  try {
    makeFolders(dir);
    const probe = path.join(dir, ".write-test");
    writeFileSync(probe, "");
    chmodSync(probe, 0o600);
    rmSync(probe, { force: true });
  } catch (error) {
    throw folderError(dir, error);
  }
}

/**
 * As root the embedded PostgreSQL runs as the `postgres` user. A data folder that HUB_DATA_DIR names explicitly is used
 * where it is, so that user must be able to enter it; the default `.data` moves to /var/lib/connector-hub instead.
 */
export function assertPostgresCanEnter(dataRoot: string): void {
  const blocked = firstPrivateFolder(dataRoot);
  if (!blocked) return;
  throw new HubConfigError(
    `The embedded PostgreSQL runs as the "${USER}" user when started as root, and that user cannot enter ${blocked} on the way to the data folder ${dataRoot}. Set HUB_DATA_DIR to a folder it can enter (e.g. under /var/lib or /srv), leave HUB_DATA_DIR unset, or set DATABASE_URL to use a PostgreSQL server.`,
  );
}

/**
 * Everything about the data folder that can be known before the database starts: it can be created and written, and
 * (as root, for the embedded PostgreSQL, when HUB_DATA_DIR names it) the postgres user can enter it. Returns its path.
 */
export function checkDataFolder(options: { requested?: string; embedded: boolean }): string {
  const dataRoot = resolveDataRoot(options.requested);
  ensureWritableFolder(dataRoot);
  if (options.embedded && isRoot() && (options.requested ?? process.env.HUB_DATA_DIR)) assertPostgresCanEnter(dataRoot);
  return dataRoot;
}
