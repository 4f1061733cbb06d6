import type { Db } from "../client.ts";

export interface ResealMcpTestConnectionOptions {
  connectorId: string;
  /** The key id the row was read with: a connection saved again meanwhile is left as it is. */
  fromKeyId: string;
  sealed: string;
  keyId: string;
}

/**
 * After a key rotation: replaces a saved test connection's ciphertext with the same values sealed under the new key
 * (the web app opened and sealed them; this layer never sees them). Not audited as a save: nothing a person chose
 * changed. Returns whether the row was replaced.
 */
export async function resealMcpTestConnection(db: Db, options: ResealMcpTestConnectionOptions): Promise<boolean> {
  const { count } = await db.mcpTestConnection.updateMany({
    where: { connectorId: options.connectorId, keyId: options.fromKeyId },
    data: { sealed: options.sealed, keyId: options.keyId },
  });
  return count === 1;
}
