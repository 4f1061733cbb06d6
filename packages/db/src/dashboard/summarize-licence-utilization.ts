import type { Db } from "../client.ts";

export interface LicenceUtilizationRow {
  userId: string;
  displayName: string;
  upn: string;
  owned: number;
  cap: number;
  plan: string;
  status: "near" | "at" | "over";
}

export interface LicenceUtilization {
  /** Share of the cap from which a user counts as near it. */
  nearRatio: number;
  near: number;
  at: number;
  over: number;
  users: LicenceUtilizationRow[];
}

/**
 * People near or over their custom-connector cap. The cap is the highest `createLimit` among their valid plans
 * that include custom connectors (direct or through a group; trials end trialDays after they start), as
 * @connector-hub/governance decides creating; a valid plan with no stated cap means no cap at all.
 */
export async function summarizeLicenceUtilization(db: Db, options: { now: Date; nearRatio?: number; limit?: number }): Promise<LicenceUtilization> {
  const nearRatio = options.nearRatio ?? 0.8;
  const rows = await db.$queryRaw<(LicenceUtilizationRow & { total: number })[]>`
    WITH valid AS (
      SELECT a.uid, p."createLimit" AS cap, p.name
      FROM (
        SELECT la."userId" AS uid, la."planId", la."startsAt", la."expiresAt" FROM "LicenceAssignment" la WHERE la."userId" IS NOT NULL
        UNION ALL
        SELECT gm."userId", la."planId", la."startsAt", la."expiresAt" FROM "LicenceAssignment" la JOIN "GroupMember" gm ON gm."groupId" = la."groupId"
      ) a
      JOIN "LicencePlan" p ON p.id = a."planId"
      WHERE p.usage <> 'NO' AND a."startsAt" <= ${options.now}
        AND COALESCE(a."expiresAt", a."startsAt" + make_interval(days => p."trialDays"), 'infinity'::timestamp) > ${options.now}
    ), caps AS (
      SELECT uid, max(cap)::int AS cap, (array_agg(name ORDER BY cap DESC NULLS LAST))[1] AS plan
      FROM valid GROUP BY uid HAVING bool_and(cap IS NOT NULL)
    ), owned AS (
      SELECT "ownerId" AS uid, count(*)::int AS n FROM "Connector" WHERE "ownerId" IN (SELECT uid FROM caps) GROUP BY 1
    )
    SELECT u.id AS "userId", u."displayName", u.upn, o.n AS owned, c.cap, c.plan,
      CASE WHEN o.n > c.cap THEN 'over' WHEN o.n = c.cap THEN 'at' ELSE 'near' END AS status,
      count(*) OVER ()::int AS total
    FROM caps c JOIN owned o ON o.uid = c.uid JOIN "User" u ON u.id = c.uid
    WHERE c.cap > 0 AND o.n >= ${nearRatio}::float8 * c.cap
    ORDER BY o.n::float8 / c.cap DESC, u."displayName" ASC`;
  const count = (status: LicenceUtilizationRow["status"]) => rows.filter((r) => r.status === status).length;
  return {
    nearRatio,
    near: count("near"),
    at: count("at"),
    over: count("over"),
    users: rows.slice(0, options.limit ?? 50).map(({ total: _total, ...r }) => r),
  };
}
