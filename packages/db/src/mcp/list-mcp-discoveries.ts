import { checkMcpTools, type Finding, type TJsonValue } from "@connector-hub/definitions";
import type { Db } from "../client.ts";
import type { McpDiscoveryModel } from "../generated/prisma/models.ts";

export interface McpDiscoveryView {
  id: string;
  discoveredAt: Date;
  protocolEra: string;
  protocolVersion: string | null;
  serverName: string | null;
  serverVersion: string | null;
  tools: TJsonValue[];
  resources: TJsonValue[];
  toolCount: number;
  notReadyCount: number;
  changes: TJsonValue[];
  isBreaking: boolean;
}

/** A connector's discoveries, newest first (the history the connector page shows). */
export async function listMcpDiscoveries(db: Db, options: { connectorId: string; take?: number }): Promise<McpDiscoveryView[]> {
  const rows = await db.mcpDiscovery.findMany({
    where: { connectorId: options.connectorId },
    orderBy: { discoveredAt: "desc" },
    take: Math.min(options.take ?? 20, 100),
  });
  return rows.map(toMcpDiscoveryView);
}

/** A stored row as the pages and routes read it. */
export function toMcpDiscoveryView(r: McpDiscoveryModel): McpDiscoveryView {
  return {
    id: r.id,
    discoveredAt: r.discoveredAt,
    protocolEra: r.protocolEra,
    protocolVersion: r.protocolVersion,
    serverName: r.serverName,
    serverVersion: r.serverVersion,
    tools: r.tools as TJsonValue[],
    resources: r.resources as TJsonValue[],
    toolCount: r.toolCount,
    notReadyCount: r.notReadyCount,
    changes: r.changes as TJsonValue[],
    isBreaking: r.isBreaking,
  };
}

/** The agent-readiness findings of a discovered tool list (computed on read: the rules may have changed since). */
export function readinessOf(discovery: Pick<McpDiscoveryView, "tools">): Finding[] {
  return checkMcpTools({ tools: { tools: discovery.tools } as TJsonValue, fileName: "tools/list" }).findings;
}
