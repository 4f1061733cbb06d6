import type { Db } from "../client.ts";
import { formatActorLabel } from "../audit/format-actor-label.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";

export interface SaveMcpTestConnectionOptions {
  connectorId: string;
  /** What the web app sealed (AES-256-GCM, the connector's id as additional data): this layer never sees the values. */
  sealed: string;
  keyId: string;
  /** The names of the fields set, e.g. ["apiKey"]. */
  fields: string[];
  savedById: string | null;
  requestId?: string | null;
}

/** Saves (or replaces) the connector's sealed test connection, audited with the field names only. */
export async function saveMcpTestConnection(db: Db, options: SaveMcpTestConnectionOptions) {
  return db.$transaction(async (tx) => {
    const before = await tx.mcpTestConnection.findUnique({ where: { connectorId: options.connectorId }, select: { fields: true, savedAt: true } });
    // New values: what the schedule last failed on no longer applies.
    const data = {
      sealed: options.sealed,
      keyId: options.keyId,
      fields: options.fields,
      savedById: options.savedById,
      savedAt: new Date(),
      lastScheduledError: null,
    };
    const row = await tx.mcpTestConnection.upsert({
      where: { connectorId: options.connectorId },
      create: { connectorId: options.connectorId, ...data },
      update: data,
      select: { fields: true, savedAt: true, savedById: true },
    });
    const person = options.savedById ? await tx.user.findUnique({ where: { id: options.savedById }, select: { displayName: true, upn: true } }) : null;
    await recordAuditEvent(tx, {
      actor: { id: options.savedById, label: person ? formatActorLabel(person) : "Connector Hub" },
      action: "connector.mcp_test_connection_saved",
      entityType: "Connector",
      entityId: options.connectorId,
      before: before ? { fields: before.fields, savedAt: before.savedAt } : null,
      after: { fields: row.fields },
      requestId: options.requestId ?? null,
    });
    return row;
  });
}
