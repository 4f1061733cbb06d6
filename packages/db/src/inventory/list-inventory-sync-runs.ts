import type { Db } from "../client.ts";

/** How long a running sync may go without committing a page before it is shown as stalled (the sync's own default). */
export const SYNC_STALE_AFTER_MS = 120_000;

export interface InventorySyncRunView {
  id: string;
  /** "api" (the admin APIs), "coe" or "powershell" (imports), "seed" (the demo tenant). */
  source: string;
  /** "running", "succeeded", "failed"; "stalled" for a run that stopped committing pages (its process died). */
  status: "running" | "succeeded" | "failed" | "stalled";
  startedAt: Date;
  finishedAt: Date | null;
  heartbeatAt: Date;
  phase: string | null;
  environmentsDone: number;
  environmentsTotal: number;
  connectors: number;
  apps: number;
  flows: number;
  agents: number;
  /** Environments whose agents could not be read, each with what to change. */
  agentsUnreadable: string[];
  requests: number;
  throttled: number;
  error: string | null;
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/**
 * The newest inventory syncs and imports, newest first, with the progress each committed last (the sync writes it
 * with every page): what the governance page shows while a sync runs and after. A run whose process died shows as
 * stalled until the next sync resumes it.
 */
export async function listInventorySyncRuns(db: Db, options: { take?: number; now?: Date } = {}): Promise<InventorySyncRunView[]> {
  const now = options.now ?? new Date();
  const rows = await db.inventorySyncRun.findMany({ orderBy: { startedAt: "desc" }, take: Math.min(Math.max(options.take ?? 5, 1), 50) });
  return rows.map((r) => {
    const p = (typeof r.progress === "object" && r.progress !== null && !Array.isArray(r.progress) ? r.progress : {}) as Record<string, unknown>;
    const status =
      r.status === "running" && now.getTime() - r.heartbeatAt.getTime() > SYNC_STALE_AFTER_MS
        ? "stalled"
        : r.status === "running" || r.status === "succeeded" || r.status === "failed"
          ? r.status
          : "failed";
    return {
      id: r.id,
      source: r.source,
      status,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      heartbeatAt: r.heartbeatAt,
      phase: typeof p.phase === "string" ? p.phase : null,
      environmentsDone: num(p.environmentsDone),
      environmentsTotal: num(p.environmentsTotal),
      connectors: num(p.connectors),
      apps: num(p.apps),
      flows: num(p.flows),
      agents: num(p.agents),
      agentsUnreadable: Array.isArray(p.agentsUnreadable) ? p.agentsUnreadable.filter((v): v is string => typeof v === "string") : [],
      requests: num(p.requests),
      throttled: num(p.throttled),
      error: r.error,
    };
  });
}
