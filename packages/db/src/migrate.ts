import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { HubConfigError } from "./errors.ts";
import { findRepoRoot } from "./paths.ts";
import { redactUrl } from "./pg-config.ts";

export interface MigrationState {
  /** Migrations in prisma/migrations that the database has not applied yet. */
  pending: string[];
  /** Migrations the database has applied that this checkout does not know: it is newer than the code. */
  unknown: string[];
  /** Migrations that started and did not finish. */
  failed: string[];
}

export function listMigrationFolders(root = findRepoRoot()): string[] {
  const dir = path.join(root, "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Compares the database's migration history with the checkout's migrations folder. */
export async function checkMigrations(url: string, folders = listMigrationFolders()): Promise<MigrationState> {
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((error: Error) => {
    throw new HubConfigError(`Cannot reach the database at ${redactUrl(url)}: ${error.message}. Check DATABASE_URL, or unset it to use the embedded database.`);
  });
  try {
    const exists = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present");
    if (!exists.rows[0]?.present) return { pending: folders, unknown: [], failed: [] };
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations",
    );
    const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
    const known = new Set(folders);
    return {
      pending: folders.filter((name) => !applied.has(name)),
      unknown: [...applied].filter((name) => !known.has(name)).sort(),
      failed: rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name),
    };
  } finally {
    await client.end();
  }
}

function runPrisma(args: string[], url: string): Promise<{ code: number; output: string }> {
  const root = findRepoRoot();
  const bin = path.join(root, "node_modules", ".bin", "prisma");
  return new Promise((resolve) => {
    const child = spawn(bin, args, { cwd: root, env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Applies pending migrations with Prisma's own `migrate deploy` (offline, through prisma.config.ts), after refusing a
 * database that is ahead of this checkout or has a failed migration.
 */
export async function migrateDatabase(url: string, log: (line: string) => void = () => {}): Promise<MigrationState> {
  const before = await checkMigrations(url);
  if (before.unknown.length > 0) {
    throw new HubConfigError(
      `The database at ${redactUrl(url)} has migrations this checkout does not have (${before.unknown.join(", ")}): it was migrated by a newer version of Connector Hub. Update this checkout (git pull), or point DATABASE_URL at another database.`,
    );
  }
  if (before.failed.length > 0) {
    throw new HubConfigError(
      `Migration ${before.failed.join(", ")} failed earlier on ${redactUrl(url)}. Fix the database, then mark it with \`npm run db -- migrate resolve\`.`,
    );
  }
  if (before.pending.length === 0) return before;
  log(`Applying ${before.pending.length} migration(s): ${before.pending.join(", ")}`);
  const { code, output } = await runPrisma(["migrate", "deploy"], url);
  if (code !== 0) throw new HubConfigError(`prisma migrate deploy failed:\n${output.trim()}`);
  const after = await checkMigrations(url);
  if (after.pending.length > 0) {
    // Guards against the trap of an engine that does nothing and exits 0 (shared/prisma-offline.md).
    throw new HubConfigError(`prisma migrate deploy exited 0 but left ${after.pending.join(", ")} unapplied.`);
  }
  return after;
}
