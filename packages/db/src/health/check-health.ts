import type { Db } from "../client.ts";
import { checkMigrations, listMigrationFolders } from "../migrate.ts";

export interface HealthReport {
  ok: boolean;
  database: { reachable: boolean; latencyMs: number | null; error?: string };
  migrations: { current: boolean; pending: string[]; unknown: string[] };
}

/** Is the database reachable and at this checkout's migration? (for /api/health and load balancers) */
export async function checkHealth(db: Db, url: string, repoRoot: string): Promise<HealthReport> {
  const started = performance.now();
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return {
      ok: false,
      database: { reachable: false, latencyMs: null, error: "The database does not answer." },
      migrations: { current: false, pending: [], unknown: [] },
    };
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const state = await checkMigrations(url, listMigrationFolders(repoRoot)).catch(() => null);
  if (!state)
    return {
      ok: false,
      database: { reachable: true, latencyMs, error: "The migration history could not be read." },
      migrations: { current: false, pending: [], unknown: [] },
    };
  const current = state.pending.length === 0 && state.unknown.length === 0 && state.failed.length === 0;
  return { ok: current, database: { reachable: true, latencyMs }, migrations: { current, pending: state.pending, unknown: state.unknown } };
}
