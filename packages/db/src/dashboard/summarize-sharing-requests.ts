import type { Db } from "../client.ts";
import type { Bucket } from "./count-connectors-by.ts";

export interface SharingSummary {
  byStage: Bucket[];
  open: number;
  decided: number;
  /** Median hours from submission to approval or rejection; null before any decision. */
  medianHoursToDecision: number | null;
  /** Median hours a request spends in each stage before moving on (from the review steps). */
  medianHoursInStage: { stage: string; hours: number }[];
}

const OPEN = new Set(["SUBMITTED", "MAKER_CHECKS", "RISK_ASSESSMENT", "ADMIN_DECISION", "CHANGES_REQUESTED"]);
const hours = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 3600) * 10) / 10);

/** Sharing requests by stage, and how long decisions take. */
export async function summarizeSharingRequests(db: Db): Promise<SharingSummary> {
  const [stages, median, inStage] = await Promise.all([
    db.$queryRaw<{ key: string; n: number }[]>`SELECT stage::text AS key, count(*)::int AS n FROM "SharingRequest" GROUP BY 1`,
    db.$queryRaw<{ secs: number | null; n: number }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "decidedAt" - "createdAt"))::float8 AS secs, count(*)::int AS n
      FROM "SharingRequest" WHERE "decidedAt" IS NOT NULL AND stage IN ('APPROVED', 'REJECTED')`,
    db.$queryRaw<{ stage: string; secs: number }[]>`
      SELECT stage, percentile_cont(0.5) WITHIN GROUP (ORDER BY secs)::float8 AS secs FROM (
        SELECT "toStage"::text AS stage, extract(epoch FROM lead("createdAt") OVER (PARTITION BY "requestId" ORDER BY "createdAt") - "createdAt") AS secs
        FROM "ReviewStep") s
      WHERE secs IS NOT NULL GROUP BY stage`,
  ]);
  const byStage = stages.map((s) => ({ key: s.key, count: s.n })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    byStage,
    open: byStage.filter((s) => OPEN.has(s.key)).reduce((sum, s) => sum + s.count, 0),
    decided: median[0]?.n ?? 0,
    medianHoursToDecision: hours(median[0]?.secs ?? null),
    medianHoursInStage: inStage.map((s) => ({ stage: s.stage, hours: hours(s.secs) ?? 0 })).sort((a, b) => a.stage.localeCompare(b.stage)),
  };
}
