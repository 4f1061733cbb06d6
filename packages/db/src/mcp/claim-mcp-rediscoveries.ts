import type { Db } from "../client.ts";

export interface ClaimMcpRediscoveriesOptions {
  /** How often each connector is re-discovered (HUB_MCP_DISCOVERY_INTERVAL). */
  intervalMs: number;
  now?: Date;
}

/**
 * The MCP connectors the scheduled re-discovery should run now, claimed: those with a saved test connection that
 * neither the schedule nor anyone else discovered within the interval. Each claim is a conditional update of the
 * connector's McpTestConnection row (lastScheduledAt), so with several hub instances, or a pass that overlaps the
 * next, a connector is run once per interval; a crashed pass's claims lapse with the interval and are taken again.
 */
export async function claimMcpRediscoveries(db: Db, options: ClaimMcpRediscoveriesOptions) {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - options.intervalMs);
  const notClaimedSince = { OR: [{ lastScheduledAt: null }, { lastScheduledAt: { lt: since } }] };
  const due = await db.mcpTestConnection.findMany({
    where: { ...notClaimedSince, connector: { mcpDiscoveries: { none: { discoveredAt: { gte: since } } } } },
    select: { connectorId: true, connector: { select: { slug: true } } },
    orderBy: { connector: { slug: "asc" } },
  });
  const claimed: { connectorId: string; slug: string }[] = [];
  for (const row of due) {
    const { count } = await db.mcpTestConnection.updateMany({ where: { connectorId: row.connectorId, ...notClaimedSince }, data: { lastScheduledAt: now } });
    if (count === 1) claimed.push({ connectorId: row.connectorId, slug: row.connector.slug });
  }
  return claimed;
}
