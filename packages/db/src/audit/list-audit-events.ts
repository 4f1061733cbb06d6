import { z } from "zod";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { findConnectorAuditIds } from "./find-connector-audit-ids.ts";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const optionalDate = (what: string, endOfDay = false) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: "custom", message: `${what} must be a date such as 2026-01-31.` });
        return z.NEVER;
      }
      // A date without a time means the whole of that day for the upper bound.
      return endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(d.getTime() + 86_400_000 - 1) : d;
    });

/** The audit log's filters, as they appear in the URL (?entityType=Connector&actor=...&from=2026-01-01). */
export const ZAuditQuery = z.object({
  entityType: optionalText(100),
  entityId: optionalText(200),
  action: optionalText(100),
  actor: optionalText(200),
  /** A connector's slug or title: its own events and those of its versions, sharing requests and shares. */
  connector: optionalText(200),
  from: optionalDate("From"),
  to: optionalDate("To", true),
  before: z.coerce.bigint({ error: "The page cursor is not one this log gave out: start again from the first page." }).optional(),
  limit: z.coerce.number({ error: "Limit must be a number from 1 to 500." }).int().min(1).max(500).default(100),
});
export type AuditQuery = z.input<typeof ZAuditQuery>;

export interface AuditEventRow {
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export function auditWhere(query: z.output<typeof ZAuditQuery>, connectorIds?: readonly string[]): Prisma.AuditEventWhereInput {
  if (query.from && query.to && query.from > query.to) throw new AppError("BAD_REQUEST", "The From date is after the To date: swap them.");
  const to = query.to;
  return {
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : connectorIds ? { entityId: { in: [...connectorIds] } } : {}),
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.actor ? { OR: [{ actorId: query.actor }, { actorLabel: { contains: query.actor, mode: "insensitive" as const } }] } : {}),
    ...(query.from || to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(to ? { lte: to } : {}) } } : {}),
  };
}

/** A stored event as the API and the pages show it: the same fields, the id and time as text. */
export function toAuditRow(e: Omit<AuditEventRow, "id" | "at"> & { id: bigint; at: Date }): AuditEventRow {
  return { ...e, id: e.id.toString(), at: e.at.toISOString() };
}

/** Newest first, paged by id: `nextBefore` is the cursor for the next (older) page. */
export async function listAuditEvents(db: Db, rawQuery: AuditQuery): Promise<{ events: AuditEventRow[]; nextBefore: string | null }> {
  const query = ZAuditQuery.parse(rawQuery);
  const where = auditWhere(query, query.connector ? await findConnectorAuditIds(db, query.connector) : undefined);
  const rows = await db.auditEvent.findMany({
    where: query.before === undefined ? where : { AND: [where, { id: { lt: query.before } }] },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const events = rows.slice(0, query.limit).map(toAuditRow);
  return { events, nextBefore: rows.length > query.limit ? (events.at(-1)?.id ?? null) : null };
}
