import type { Db } from "../client.ts";

/** Keeps what the scheduled re-discovery of one connector ended with: null when it worked, else what to check. */
export async function recordMcpRediscoveryOutcome(db: Db, options: { connectorId: string; error: string | null }) {
  await db.mcpTestConnection.updateMany({ where: { connectorId: options.connectorId }, data: { lastScheduledError: options.error?.slice(0, 1000) ?? null } });
}
