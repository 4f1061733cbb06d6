import { stringify } from "csv-stringify/sync";
import type { Db } from "../client.ts";
import { findConnectorAuditIds } from "./find-connector-audit-ids.ts";
import { auditWhere, toAuditRow, ZAuditQuery, type AuditQuery } from "./list-audit-events.ts";

const MAX_EXPORT_ROWS = 100_000;
const COLUMNS = ["id", "at", "actorId", "actorLabel", "action", "entityType", "entityId", "before", "after", "requestId"] as const;

/** The filtered audit log as CSV (oldest first, before/after as JSON text, formulas neutralised), capped so one export cannot exhaust memory. */
export async function exportAuditCsv(db: Db, rawQuery: AuditQuery): Promise<{ csv: string; rowCount: number; truncated: boolean }> {
  const query = ZAuditQuery.parse(rawQuery);
  const connectorIds = query.connector ? await findConnectorAuditIds(db, query.connector) : undefined;
  const rows = await db.auditEvent.findMany({ where: auditWhere(query, connectorIds), orderBy: { id: "asc" }, take: MAX_EXPORT_ROWS + 1 });
  const truncated = rows.length > MAX_EXPORT_ROWS;
  const records = rows.slice(0, MAX_EXPORT_ROWS).map((r) => {
    const row = toAuditRow(r);
    return COLUMNS.map((c) => {
      const v = row[c];
      if (v === null || v === undefined) return "";
      return typeof v === "string" ? v : JSON.stringify(v);
    });
  });
  // People's names and ids are typed by others: a cell starting with = + - @, a tab or CR gets a leading apostrophe so
  // a spreadsheet shows it as text instead of running it as a formula.
  return { csv: stringify([[...COLUMNS], ...records], { escape_formulas: true }), rowCount: records.length, truncated };
}
