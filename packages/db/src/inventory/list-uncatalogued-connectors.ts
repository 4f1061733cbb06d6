import type { DbOrTx } from "../audit/record-audit-event.ts";

/** A custom connector found in an environment that no catalog connector stands for (issue 20: "not catalogued"). */
export interface UncataloguedConnector {
  id: string;
  environmentName: string;
  environmentDisplayName: string;
  /** The platform's name (shared_…), as flows and apps reference it. */
  name: string;
  displayName: string;
  host: string | null;
  createdByName: string | null;
  modifiedAt: Date | null;
  /** The sync stored its definition: it can be adopted into the catalog as it is. */
  hasDefinition: boolean;
  /** Apps, flows and agents (not deleted upstream) of its environment that use it. */
  apps: number;
  flows: number;
  agents: number;
}

/**
 * The inventory's custom connectors that are not catalogued (no catalog connector linked, not deleted upstream),
 * with how many apps, flows and agents use each, by name then environment; `total` counts them all, `items` the first `limit`.
 */
export async function listUncataloguedConnectors(db: DbOrTx, options: { limit?: number } = {}): Promise<{ total: number; items: UncataloguedConnector[] }> {
  const limit = options.limit ?? 50;
  const rows = await db.$queryRaw<(UncataloguedConnector & { total: number })[]>`
    SELECT ic.id, ic."environmentName", COALESCE(e."displayName", ic."environmentName") AS "environmentDisplayName", ic.name, ic."displayName",
           ic.host, ic."createdByName", ic."modifiedAt", (ic.definition IS NOT NULL AND ic.definition <> 'null'::jsonb) AS "hasDefinition",
           count(DISTINCT r.id) FILTER (WHERE r.kind = 'APP')::int AS apps, count(DISTINCT r.id) FILTER (WHERE r.kind = 'FLOW')::int AS flows,
           count(DISTINCT r.id) FILTER (WHERE r.kind = 'AGENT')::int AS agents,
           count(*) OVER ()::int AS total
    FROM "InventoryConnector" ic
    LEFT JOIN "InventoryEnvironment" e ON e.name = ic."environmentName"
    LEFT JOIN "InventoryUsage" u ON u."connectorName" = ic.name AND u."environmentName" = ic."environmentName"
    LEFT JOIN "InventoryResource" r ON r.id = u."resourceId" AND r."deletedAt" IS NULL
    WHERE ic."catalogConnectorId" IS NULL AND ic."deletedAt" IS NULL
    GROUP BY ic.id, e."displayName"
    ORDER BY lower(ic."displayName"), COALESCE(e."displayName", ic."environmentName"), ic.id
    LIMIT ${limit}`;
  return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...item }) => item) };
}
