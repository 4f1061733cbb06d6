import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event.ts";

/** Takes a plan away from a user or group; the audit event keeps what it was. */
export async function removeLicenceAssignment(db: Db, options: { assignmentId: string; actor: AuditActor; requestId?: string | null }) {
  return db.$transaction(async (tx) => {
    const existing = await tx.licenceAssignment.findUnique({ where: { id: options.assignmentId }, include: { plan: true } });
    if (!existing) throw new AppError("NOT_FOUND", "That assignment no longer exists: reload the page.");
    await tx.licenceAssignment.delete({ where: { id: existing.id } });
    await recordAuditEvent(tx, {
      actor: options.actor,
      action: "licence_assignment.removed",
      entityType: "LicenceAssignment",
      entityId: existing.id,
      before: { plan: existing.plan.key, userId: existing.userId, groupId: existing.groupId, startsAt: existing.startsAt, expiresAt: existing.expiresAt },
      requestId: options.requestId ?? null,
    });
  });
}
