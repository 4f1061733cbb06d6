import "server-only";
import { AppError, findMcpTestConnection, type Db } from "@connector-hub/db";
import { connectionKey } from "./connection-key.ts";
import { ConnectionSealError, openConnection, sealConnection } from "./connection-seal.ts";
import type { McpConnectionValues } from "./discover-mcp-server.ts";

const FIELDS = ["apiKey", "accessToken"] as const;

/** Seals the values for the connector (its id as additional data) with the hub's connection key. */
export function sealTestConnection(connectorId: string, values: McpConnectionValues) {
  const kept: McpConnectionValues = {};
  for (const name of FIELDS) if (values[name]) kept[name] = values[name];
  const { sealed, keyId } = sealConnection(kept, { key: connectionKey(), aad: connectorId });
  return { sealed, keyId, fields: FIELDS.filter((name) => kept[name]) };
}

/**
 * The connector's saved test connection, opened on the server for one discovery, or null when none is saved. The
 * values go to the MCP client only: never logged, answered or stored elsewhere.
 */
export async function openSavedTestConnection(db: Db, connectorId: string): Promise<McpConnectionValues | null> {
  const row = await findMcpTestConnection(db, { connectorId });
  if (!row) return null;
  try {
    const opened = openConnection(row.sealed, { key: connectionKey(), aad: connectorId }) as Record<string, unknown>;
    const values: McpConnectionValues = {};
    for (const name of FIELDS) if (typeof opened[name] === "string") values[name] = opened[name];
    return values;
  } catch (error) {
    if (!(error instanceof ConnectionSealError)) throw error;
    throw new AppError(
      "UNPROCESSABLE",
      "The saved test connection does not open with this hub's connection key (was HUB_CONNECTION_KEY changed?); save it again.",
    );
  }
}
