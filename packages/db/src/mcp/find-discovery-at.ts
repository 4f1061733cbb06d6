import type { DbOrTx } from "../audit/record-audit-event.ts";
import { toMcpDiscoveryView, type McpDiscoveryView } from "./list-mcp-discoveries.ts";

/** The tool list as it stood at a moment: the newest discovery made then or before (null: none yet). */
export async function findDiscoveryAt(db: DbOrTx, options: { connectorId: string; at: Date }): Promise<McpDiscoveryView | null> {
  const row = await db.mcpDiscovery.findFirst({
    where: { connectorId: options.connectorId, discoveredAt: { lte: options.at } },
    orderBy: { discoveredAt: "desc" },
  });
  return row ? toMcpDiscoveryView(row) : null;
}
