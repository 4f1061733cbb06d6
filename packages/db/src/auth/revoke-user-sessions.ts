import { AppError } from "../app-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Db } from "../client.ts";

export interface RevokeUserSessionsOptions {
  userId: string;
  /** The administrator ending them (the caller checks the role). */
  actor: { id: string; label: string };
  requestId?: string | null;
  now?: Date;
}

/**
 * An administrator ends every open session of a person (a lost laptop, a leaked cookie), in one audited transaction.
 * They must sign in again; their API tokens are separate and are revoked on their own page.
 */
export async function revokeUserSessions(db: Db, options: RevokeUserSessionsOptions): Promise<{ revoked: number }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId }, select: { id: true, upn: true } });
    if (!user) throw new AppError("NOT_FOUND", "No such person; pick one from the list on /auth/sessions.");
    const now = options.now ?? new Date();
    const { count } = await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now, revokedById: options.actor.id },
    });
    if (count > 0) {
      await recordAuditEvent(tx, {
        actor: options.actor,
        action: "user.sessions_revoked",
        entityType: "User",
        entityId: user.id,
        after: { upn: user.upn, sessionsEnded: count },
        requestId: options.requestId,
      });
    }
    return { revoked: count };
  });
}
