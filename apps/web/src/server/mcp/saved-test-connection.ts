import "server-only";
import { AppError, findMcpTestConnection, resealMcpTestConnection, type Db } from "@connector-hub/db";
import { connectionKey, previousConnectionKeys } from "./connection-key.ts";
import { ConnectionSealError, connectionKeyId, openConnection, sealConnection } from "./connection-seal.ts";
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
  const current = connectionKey();
  // Sealed under a key of before a rotation: that key opens it, and the values are sealed again under the new one.
  const previous = row.keyId === connectionKeyId(current) ? undefined : previousConnectionKeys().find((k) => connectionKeyId(k) === row.keyId);
  try {
    const opened = openConnection(row.sealed, { key: previous ?? current, aad: connectorId }) as Record<string, unknown>;
    const values: McpConnectionValues = {};
    for (const name of FIELDS) if (typeof opened[name] === "string") values[name] = opened[name];
    if (previous) {
      const { sealed, keyId } = sealConnection(opened, { key: current, aad: connectorId });
      await resealMcpTestConnection(db, { connectorId, fromKeyId: row.keyId, sealed, keyId });
    }
    return values;
  } catch (error) {
    if (!(error instanceof ConnectionSealError)) throw error;
    throw new AppError(
      "UNPROCESSABLE",
      "The saved test connection does not open with this hub's connection key (was HUB_CONNECTION_KEY changed? put the old key in HUB_CONNECTION_KEY_PREVIOUS); save it again.",
    );
  }
}
