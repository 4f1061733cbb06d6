import type { Db } from "../client.ts";

/** Connectors created per ISO week (Monday, UTC) over the last `weeks` weeks, oldest first, empty weeks as 0. */
export async function countNewConnectorsByWeek(db: Db, options: { now: Date; weeks?: number }): Promise<{ week: string; count: number }[]> {
  const weeks = options.weeks ?? 12;
  const monday = new Date(Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), options.now.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const since = new Date(monday.getTime() - (weeks - 1) * 7 * 86_400_000);
  const rows = await db.$queryRaw<{ week: Date; n: number }[]>`
    SELECT date_trunc('week', "createdAt") AS week, count(*)::int AS n
    FROM "Connector" WHERE "createdAt" >= ${since} AND "createdAt" <= ${options.now}
    GROUP BY 1`;
  const counts = new Map(rows.map((r) => [r.week.toISOString().slice(0, 10), r.n]));
  return Array.from({ length: weeks }, (_, i) => {
    const week = new Date(since.getTime() + i * 7 * 86_400_000).toISOString().slice(0, 10);
    return { week, count: counts.get(week) ?? 0 };
  });
}
