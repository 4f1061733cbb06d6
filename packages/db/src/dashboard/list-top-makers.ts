import type { Db } from "../client.ts";

export interface TopMaker {
  userId: string;
  displayName: string;
  upn: string;
  isActive: boolean;
  connectors: number;
}

/** The people who own the most connectors (ties by name). */
export async function listTopMakers(db: Db, options: { limit?: number } = {}): Promise<TopMaker[]> {
  return db.$queryRaw<TopMaker[]>`
    SELECT u.id AS "userId", u."displayName", u.upn, u."isActive", o.n AS connectors
    FROM (SELECT "ownerId", count(*)::int AS n FROM "Connector" GROUP BY "ownerId") o
    JOIN "User" u ON u.id = o."ownerId"
    ORDER BY o.n DESC, u."displayName" ASC
    LIMIT ${options.limit ?? 10}`;
}
