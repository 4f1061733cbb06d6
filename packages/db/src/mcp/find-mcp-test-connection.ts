import type { DbOrTx } from "../audit/record-audit-event.ts";

/**
 * The connector's saved test connection: the sealed values for the web app to open, the field names, when and by
 * whom. Null when none is saved. Callers answer the field names only, never `sealed`.
 */
export async function findMcpTestConnection(db: DbOrTx, options: { connectorId: string }) {
  const row = await db.mcpTestConnection.findUnique({
    where: { connectorId: options.connectorId },
    select: { sealed: true, keyId: true, fields: true, savedAt: true, savedById: true, lastScheduledAt: true, lastScheduledError: true },
  });
  if (!row) return null;
  const person = row.savedById ? await db.user.findUnique({ where: { id: row.savedById }, select: { displayName: true } }) : null;
  return { ...row, savedBy: person?.displayName ?? null };
}
