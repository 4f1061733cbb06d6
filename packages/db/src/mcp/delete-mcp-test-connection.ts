import type { Db } from "../client.ts";
import { formatActorLabel } from "../audit/format-actor-label.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";

/** Removes the connector's saved test connection; answers whether there was one. Audited (field names only). */
export async function deleteMcpTestConnection(db: Db, options: { connectorId: string; actorId: string | null; requestId?: string | null }) {
  return db.$transaction(async (tx) => {
    const existing = await tx.mcpTestConnection.findUnique({ where: { connectorId: options.connectorId }, select: { fields: true, savedAt: true } });
    if (!existing) return false;
    await tx.mcpTestConnection.delete({ where: { connectorId: options.connectorId } });
    const person = options.actorId ? await tx.user.findUnique({ where: { id: options.actorId }, select: { displayName: true, upn: true } }) : null;
    await recordAuditEvent(tx, {
      actor: { id: options.actorId, label: person ? formatActorLabel(person) : "Connector Hub" },
      action: "connector.mcp_test_connection_removed",
      entityType: "Connector",
      entityId: options.connectorId,
      before: { fields: existing.fields, savedAt: existing.savedAt },
      requestId: options.requestId ?? null,
    });
    return true;
  });
}
