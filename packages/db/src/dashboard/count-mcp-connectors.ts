import type { Db } from "../client.ts";

export interface McpCounts {
  /** Connectors whose newest version marks a post "x-ms-agentic-protocol": "mcp-streamable-1.0". */
  connectors: number;
  /** Of those, how many have had their tools discovered. */
  discovered: number;
  /** Tools in the newest discovery of each MCP connector. */
  tools: number;
  /** Of those tools, how many Copilot Studio would filter out or fail on. */
  notAgentReady: number;
}

/** The dashboard's MCP numbers: MCP connectors by their newest definition, tools by each one's newest discovery. */
export async function countMcpConnectors(db: Db): Promise<McpCounts> {
  const [row] = await db.$queryRaw<McpCounts[]>`
    WITH latest AS (
      SELECT DISTINCT ON ("connectorId") "connectorId", definition FROM "ConnectorVersion" ORDER BY "connectorId", number DESC
    ), mcp AS (
      SELECT "connectorId" FROM latest
      WHERE jsonb_path_exists(definition, '$.paths.*.post ? (@."x-ms-agentic-protocol" == "mcp-streamable-1.0")')
    ), found AS (
      SELECT DISTINCT ON ("connectorId") "connectorId", "toolCount", "notReadyCount" FROM "McpDiscovery" ORDER BY "connectorId", "discoveredAt" DESC
    )
    SELECT (SELECT count(*) FROM mcp)::int AS connectors,
           count(found."connectorId")::int AS discovered,
           COALESCE(sum(found."toolCount"), 0)::int AS tools,
           COALESCE(sum(found."notReadyCount"), 0)::int AS "notAgentReady"
    FROM mcp JOIN found USING ("connectorId")`;
  return row ?? { connectors: 0, discovered: 0, tools: 0, notAgentReady: 0 };
}
