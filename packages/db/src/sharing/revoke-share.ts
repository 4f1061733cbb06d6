import { canEditConnector } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { clearCatalogCache } from "../connectors/catalog-cache.ts";
import { scopeAfterRevoke } from "./scope-after-revoke.ts";
import type { SharingActor } from "./sharing-types.ts";

/**
 * Revokes one share (kept, with who and when), and narrows the connector's scope to what its remaining shares grant;
 * both are audited in the same transaction.
 */
export async function revokeShare(db: Db, options: { shareId: string; actor: SharingActor; requestId?: string | null }) {
  const { actor } = options;
  // Who may see the connector changes: this instance's cached catalog pages must not keep showing it.
  return db
    .$transaction(async (tx) => {
      const share = await tx.share.findUnique({ where: { id: options.shareId }, include: { connector: { include: { shares: true } } } });
      if (!share) throw new AppError("NOT_FOUND", "That share does not exist: reload the page.");
      if (!canEditConnector({ connector: share.connector, user: { id: actor.id, roles: actor.roles, groupIds: actor.groupIds ?? [] } }).allowed) {
        throw new AppError("FORBIDDEN", "Only the connector's owner, a co-owner or an administrator can revoke its shares.");
      }
      if (share.revokedAt) throw new AppError("CONFLICT", "This share was already revoked: reload the page.");
      const revokedAt = new Date();
      const updated = await tx.share.updateMany({ where: { id: share.id, revokedAt: null }, data: { revokedAt, revokedById: actor.id } });
      if (updated.count === 0) throw new AppError("CONFLICT", "Someone else revoked this share first: reload the page.");
      await recordAuditEvent(tx, {
        actor,
        action: "share.revoked",
        entityType: "Share",
        entityId: share.id,
        before: {
          connectorId: share.connectorId,
          principalType: share.principalType,
          userId: share.userId,
          groupId: share.groupId,
          permission: share.permission,
        },
        after: { revokedAt: revokedAt.toISOString(), revokedById: actor.id },
        requestId: options.requestId ?? null,
      });
      const scope = scopeAfterRevoke(share.connector, share.id);
      if (scope !== share.connector.scope) {
        await tx.connector.update({ where: { id: share.connectorId }, data: { scope } });
        await recordAuditEvent(tx, {
          actor,
          action: "connector.scope_changed",
          entityType: "Connector",
          entityId: share.connectorId,
          before: { scope: share.connector.scope },
          after: { scope },
          requestId: options.requestId ?? null,
        });
      }
      return { revokedAt, scope };
    })
    .finally(clearCatalogCache);
}
