import type { Db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/** A client that may be the whole database or one transaction: audit rows are written in the caller's transaction. */
export type DbOrTx = Db | Prisma.TransactionClient;

export interface AuditActor {
  id: string | null;
  /** Shown in the log even after the user record is gone, e.g. "Ada Admin (ada.admin@contoso.example)". */
  label: string;
}

export interface RecordAuditEventOptions {
  actor: AuditActor;
  /** Dotted verb, e.g. "sharing_request.approved", "share.revoked", "licence_plan.updated". */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

const json = (value: unknown) => (value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

/**
 * Appends one audit event. Call it with the transaction client of the change it records, so the change and its
 * trace commit or roll back together (a lost race leaves no event behind).
 */
export async function recordAuditEvent(db: DbOrTx, options: RecordAuditEventOptions) {
  return db.auditEvent.create({
    data: {
      actorId: options.actor.id,
      actorLabel: options.actor.label,
      action: options.action,
      entityType: options.entityType,
      entityId: options.entityId,
      before: json(options.before),
      after: json(options.after),
      requestId: options.requestId ?? null,
    },
  });
}
