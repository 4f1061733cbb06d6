import { checkMcpTools, diffMcpTools, type TJsonObject, type TJsonValue } from "@connector-hub/definitions";
import type { Db } from "../client.ts";

/** What one finished discovery found: the protocol negotiated, the server, and every page of tools and resources. */
export interface McpDiscoveryResult {
  protocolEra: "legacy" | "modern";
  protocolVersion: string | null;
  serverName: string | null;
  serverVersion: string | null;
  tools: TJsonObject[];
  resources: TJsonObject[];
}

export interface RecordMcpDiscoveryOptions {
  connectorId: string;
  discoveredById: string | null;
  result: McpDiscoveryResult;
}

/**
 * Stores one complete discovery with what changed since the one before (diffMcpTools) and how many tools Copilot
 * Studio would drop or break on (checkMcpTools). Called only after discovery finished, and written in one insert, so
 * a discovery that failed half-way leaves nothing.
 */
export async function recordMcpDiscovery(db: Db, options: RecordMcpDiscoveryOptions) {
  const previous = await db.mcpDiscovery.findFirst({
    where: { connectorId: options.connectorId },
    orderBy: { discoveredAt: "desc" },
    select: { tools: true },
  });
  const tools = options.result.tools as unknown as TJsonValue[];
  const changes = previous ? diffMcpTools(previous.tools as TJsonValue[], tools) : [];
  const readiness = checkMcpTools({ tools: { tools } as TJsonValue });
  return db.mcpDiscovery.create({
    data: {
      connectorId: options.connectorId,
      discoveredById: options.discoveredById,
      protocolEra: options.result.protocolEra,
      protocolVersion: options.result.protocolVersion,
      serverName: options.result.serverName,
      serverVersion: options.result.serverVersion,
      tools: tools as never,
      resources: options.result.resources as never,
      toolCount: tools.length,
      notReadyCount: readiness.notReady.length,
      changes: changes as never,
      isBreaking: changes.some((c) => c.isBreaking),
    },
  });
}
