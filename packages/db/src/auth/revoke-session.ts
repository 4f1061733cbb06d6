import { AppError } from "../app-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Db } from "../client.ts";
import { hashApiToken } from "./hash-api-token.ts";

export interface RevokeSessionOptions {
  /** Whose session it must be: someone else's session looks exactly like a missing one. */
  userId: string;
  /** By row id (the "Your sessions" page) or by the cookie's secret (signing out). */
  sessionId?: string;
  secret?: string;
  actor: { id: string; label: string };
  /** "session.signed_out" when the person signs out, "session.revoked" when they end a session from the list. */
  action?: "session.revoked" | "session.signed_out";
  requestId?: string | null;
  now?: Date;
}

/**
 * Ends one session, audited in the same transaction; the next request with its cookie is signed out. Ending a session
 * already ended changes nothing and records nothing.
 */
export async function revokeSession(db: Db, options: RevokeSessionOptions): Promise<{ id: string; revoked: boolean }> {
  const where = options.sessionId ? { id: options.sessionId } : options.secret ? { tokenHash: hashApiToken(options.secret) } : null;
  if (!where) throw new AppError("BAD_REQUEST", "Say which session to end.");
  return db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where, select: { id: true, userId: true, userAgent: true, createdAt: true } });
    if (!session || session.userId !== options.userId) throw new AppError("NOT_FOUND", "No such session among yours; see them on /auth/sessions.");
    const { count } = await tx.session.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { revokedAt: options.now ?? new Date(), revokedById: options.actor.id },
    });
    if (count === 0) return { id: session.id, revoked: false };
    await recordAuditEvent(tx, {
      actor: options.actor,
      action: options.action ?? "session.revoked",
      entityType: "Session",
      entityId: session.id,
      before: { userId: session.userId, userAgent: session.userAgent, createdAt: session.createdAt },
      requestId: options.requestId,
    });
    return { id: session.id, revoked: true };
  });
}
