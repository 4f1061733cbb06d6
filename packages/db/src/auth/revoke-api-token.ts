import { AppError } from "../app-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Db } from "../client.ts";
import { formatActorLabel } from "../audit/format-actor-label.ts";

/**
 * Revokes one of the person's own tokens, audited in the same transaction; later requests with it get 401.
 * Revoking twice is harmless and records nothing the second time.
 */
export async function revokeApiToken(db: Db, options: { userId: string; tokenId: string; actorLabel?: string; requestId?: string | null; now?: Date }) {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({
      where: { id: options.tokenId },
      select: { id: true, userId: true, name: true, prefix: true, revokedAt: true, user: { select: { upn: true, displayName: true } } },
    });
    // Someone else's token looks exactly like a missing one, so ids cannot be probed.
    if (!token || token.userId !== options.userId) throw new AppError("NOT_FOUND", "No such token among yours; list them with GET /api/v1/tokens.");
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
    // Conditional on still being active, so two concurrent revocations record one event.
    const revokedAt = options.now ?? new Date();
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt } });
    if (count === 0)
      return { id: token.id, revokedAt: (await tx.apiToken.findUniqueOrThrow({ where: { id: token.id }, select: { revokedAt: true } })).revokedAt! };
    await recordAuditEvent(tx, {
      actor: { id: options.userId, label: options.actorLabel ?? formatActorLabel(token.user) },
      action: "api_token.revoked",
      entityType: "ApiToken",
      entityId: token.id,
      before: { name: token.name, prefix: token.prefix },
      requestId: options.requestId,
    });
    return { id: token.id, revokedAt };
  });
}
