import type { DbOrTx } from "../audit/record-audit-event.ts";

/**
 * Serializes connector creation per owner for the rest of the caller's transaction (a transaction-level advisory lock,
 * released at commit or rollback), so the licence cap is counted and the connector inserted with no other creation for
 * that owner in between, on any instance of the web tier.
 */
export async function lockOwnerForCreation(tx: DbOrTx, ownerId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`connector-hub:owner:${ownerId}`}, 0))`;
}
