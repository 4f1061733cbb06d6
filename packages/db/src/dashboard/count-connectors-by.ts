import type { Db } from "../client.ts";

export interface Bucket {
  key: string;
  count: number;
}

export interface ConnectorCounts {
  total: number;
  withErrors: number;
  withWarnings: number;
  byAuth: Bucket[];
  byHosting: Bucket[];
  byScope: Bucket[];
  byLifecycle: Bucket[];
}

type Row = { auth: string | null; hosting: string | null; scope: string | null; lifecycle: string | null; n: number; errors: number; warnings: number };

/** Connectors by authentication, hosting, sharing scope and lifecycle, in one scan (grouping sets). */
export async function countConnectorsBy(db: Db): Promise<ConnectorCounts> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT "authType"::text AS auth, hosting::text AS hosting, scope::text AS scope, lifecycle::text AS lifecycle,
      count(*)::int AS n, count(*) FILTER (WHERE "errorCount" > 0)::int AS errors, count(*) FILTER (WHERE "warningCount" > 0)::int AS warnings
    FROM "Connector"
    GROUP BY GROUPING SETS (("authType"), (hosting), (scope), (lifecycle), ())`;
  const pick = (column: "auth" | "hosting" | "scope" | "lifecycle") =>
    rows
      .filter((r) => r[column] !== null)
      .map((r) => ({ key: r[column] ?? "", count: r.n }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const all = rows.find((r) => r.auth === null && r.hosting === null && r.scope === null && r.lifecycle === null);
  return {
    total: all?.n ?? 0,
    withErrors: all?.errors ?? 0,
    withWarnings: all?.warnings ?? 0,
    byAuth: pick("auth"),
    byHosting: pick("hosting"),
    byScope: pick("scope"),
    byLifecycle: pick("lifecycle"),
  };
}
