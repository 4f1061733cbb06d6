import type { Db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { getGovernanceDashboard, type GovernanceDashboard } from "./get-governance-dashboard.ts";

const SNAPSHOT_ID = "dashboard";
// Any fixed number: pg_try_advisory_lock keys one recomputation across every web instance.
const REFRESH_LOCK = 7_301_009;

export interface DashboardSnapshot {
  dashboard: GovernanceDashboard;
  computedAt: Date;
  computeMs: number;
  /** Older than maxAgeSeconds: a recomputation was started in the background. */
  isStale: boolean;
}

/** Computes the dashboard now and stores it as the snapshot (skipped when another instance is already at it). */
export async function refreshGovernanceSnapshot(db: Db, options: { wait?: boolean } = {}): Promise<DashboardSnapshot | null> {
  const run = async (): Promise<DashboardSnapshot> => {
    const started = performance.now();
    const dashboard = await getGovernanceDashboard(db);
    const computeMs = Math.round(performance.now() - started);
    const computedAt = new Date(dashboard.generatedAt);
    const data = dashboard as unknown as Prisma.InputJsonValue;
    await db.governanceSnapshot.upsert({
      where: { id: SNAPSHOT_ID },
      create: { id: SNAPSHOT_ID, data, computedAt, computeMs },
      update: { data, computedAt, computeMs },
    });
    return { dashboard, computedAt, computeMs, isStale: false };
  };
  if (options.wait) return run();
  // An advisory lock is held by a session, so take and release it inside one transaction's connection.
  return db.$transaction(
    async (tx) => {
      const [got] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${REFRESH_LOCK}) AS ok`;
      return got?.ok ? run() : null;
    },
    { timeout: 120_000, maxWait: 5_000 },
  );
}

/** Marks the snapshot out of date (after a change the dashboard shows, such as a DLP policy saved). */
export async function invalidateGovernanceSnapshot(db: Db): Promise<void> {
  await db.governanceSnapshot.updateMany({ where: { id: SNAPSHOT_ID }, data: { computedAt: new Date(0) } });
}

/**
 * The dashboard as a page view needs it: the stored snapshot when there is one (one row, whatever the number of
 * connectors), recomputed in the background once older than maxAgeSeconds; computed on the spot only the first
 * time or when `fresh` is asked for.
 */
export async function readGovernanceDashboard(db: Db, options: { maxAgeSeconds?: number; fresh?: boolean; now?: Date } = {}): Promise<DashboardSnapshot> {
  const now = options.now ?? new Date();
  const row = options.fresh ? null : await db.governanceSnapshot.findUnique({ where: { id: SNAPSHOT_ID } });
  if (!row) return (await refreshGovernanceSnapshot(db, { wait: true }))!;
  const isStale = now.getTime() - row.computedAt.getTime() > (options.maxAgeSeconds ?? 300) * 1000;
  if (isStale) {
    // The caller does not wait: an unexpected failure here is retried by the next stale read.
    refreshGovernanceSnapshot(db).catch(() => undefined);
  }
  return { dashboard: row.data as unknown as GovernanceDashboard, computedAt: row.computedAt, computeMs: row.computeMs, isStale };
}
