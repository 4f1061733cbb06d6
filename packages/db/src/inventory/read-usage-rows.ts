import type { DbOrTx } from "../audit/record-audit-event.ts";
import type { UsageKind, UsageResource } from "./inventory-types.ts";

interface Row {
  kind: UsageKind;
  name: string;
  displayName: string;
  environmentName: string;
  environmentDisplayName: string | null;
  ownerOid: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  hubUserId: string | null;
  hubName: string | null;
  modifiedAt: Date | null;
  state: string | null;
  operations: (string | null)[];
}

/**
 * Apps, flows and agents (not deleted upstream) that use the catalog connector's copies in environments, with the
 * operations each calls; `operationIds` narrows to flows calling one of them, `kind` to one kind.
 */
export async function readUsageRows(db: DbOrTx, options: { connectorId: string; operationIds?: string[]; kind?: UsageKind }): Promise<UsageResource[]> {
  const ops = options.operationIds ?? null;
  const kind = options.kind ?? null;
  const rows = await db.$queryRaw<Row[]>`
    SELECT r.kind, r.name, r."displayName", r."environmentName", e."displayName" AS "environmentDisplayName",
           r."ownerOid", COALESCE(r."ownerName", kn.name) AS "ownerName", r."ownerEmail", hu.id AS "hubUserId", hu."displayName" AS "hubName",
           r."modifiedAt", r.state, array_agg(DISTINCT u."operationId") AS operations
    FROM "InventoryConnector" ic
    JOIN "InventoryUsage" u ON u."connectorName" = ic.name AND u."environmentName" = ic."environmentName"
    JOIN "InventoryResource" r ON r.id = u."resourceId" AND r."deletedAt" IS NULL
    LEFT JOIN "InventoryEnvironment" e ON e.name = r."environmentName"
    LEFT JOIN LATERAL (SELECT id, "displayName" FROM "User" WHERE oid = r."ownerOid" AND "isActive" ORDER BY "createdAt" LIMIT 1) hu ON true
    -- Flows name their owner by object id only: the name comes from the owner's apps or connectors in the inventory.
    LEFT JOIN LATERAL (
      SELECT "ownerName" AS name FROM "InventoryResource" WHERE r."ownerName" IS NULL AND "ownerOid" = r."ownerOid" AND "ownerName" IS NOT NULL
      UNION ALL SELECT "createdByName" FROM "InventoryConnector" WHERE r."ownerName" IS NULL AND "createdByOid" = r."ownerOid" AND "createdByName" IS NOT NULL
      LIMIT 1) kn ON true
    WHERE ic."catalogConnectorId" = ${options.connectorId} AND ic."deletedAt" IS NULL
      AND (${kind}::text IS NULL OR r.kind = ${kind}::"InventoryKind")
      AND (${ops}::text[] IS NULL OR u."operationId" = ANY(${ops}::text[]))
    GROUP BY r.id, e."displayName", hu.id, hu."displayName", kn.name
    ORDER BY e."displayName", r."displayName", r.name`;
  return rows.map((r) => ({
    kind: r.kind,
    name: r.name,
    displayName: r.displayName,
    environmentName: r.environmentName,
    environmentDisplayName: r.environmentDisplayName ?? r.environmentName,
    owner: r.hubName ?? r.ownerName ?? r.ownerEmail ?? (r.ownerOid ? `Unknown owner (${r.ownerOid})` : "Unknown owner"),
    ownerUserId: r.hubUserId,
    ownerOid: r.ownerOid,
    modifiedAt: r.modifiedAt,
    state: r.state,
    operations: r.operations.filter((o): o is string => o !== null).sort(),
  }));
}
