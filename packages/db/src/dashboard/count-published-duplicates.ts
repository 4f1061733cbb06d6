import type { Db } from "../client.ts";

export interface PublishedDuplicates {
  /** Organization connectors for an API Microsoft's repository publishes a connector for. */
  connectors: number;
  /** Of those, how many carry the maker's reason for a new one. */
  withReason: number;
}

/**
 * Issue 23: the organization's connectors that duplicate a published one: on the exact host of a published connector
 * (placeholders excluded), or matched at import (title, domain or operations) with the maker's reason recorded then.
 * Set-based and indexed (hostKey), so the dashboard stays one round of queries.
 */
export async function countPublishedDuplicates(db: Db): Promise<PublishedDuplicates> {
  const [row] = await db.$queryRaw<PublishedDuplicates[]>`
    SELECT count(*)::int AS connectors, count(n."connectorId")::int AS "withReason"
    FROM "Connector" c
    LEFT JOIN "PublishedDuplicateNote" n ON n."connectorId" = c.id AND cardinality(n.folders) > 0
    WHERE n."connectorId" IS NOT NULL OR EXISTS (SELECT 1 FROM "PublishedConnector" p WHERE p."hostKey" = lower(c.host))`;
  return row ?? { connectors: 0, withReason: 0 };
}
