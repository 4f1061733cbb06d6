import type { Db } from "../client.ts";
import { hashApiToken } from "./hash-api-token.ts";
import type { SignedInUser } from "./upsert-signed-in-user.ts";

const LAST_SEEN_PRECISION_MS = 60_000;

type SessionRow = { id: string; expiresAt: Date; revokedAt: Date | null; lastSeenAt: Date; userId: string } & Omit<SignedInUser, "id">;

export type SessionLookup =
  | { ok: true; sessionId: string; user: Omit<SignedInUser, "isActive"> }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" | "expired" | "inactive-user" };

/**
 * The person behind a session id, read fresh on every request: a revoked or expired session, or one of a deactivated
 * account, is refused at once, and roles and groups are the database's of this moment (not the sign-in's).
 * One indexed round trip (session by hash, its user, the user's groups).
 */
export async function findSessionUser(db: Db, secret: string, now = new Date()): Promise<SessionLookup> {
  if (!/^[\w-]{43}$/.test(secret)) return { ok: false, reason: "malformed" };
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s.id, s."expiresAt", s."revokedAt", s."lastSeenAt",
           u.id AS "userId", u."tenantId", u.oid, u.upn, u."displayName", u.roles, u."isActive",
           ARRAY(SELECT m."groupId" FROM "GroupMember" m WHERE m."userId" = u.id ORDER BY m."groupId") AS "groupIds"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s."tokenHash" = ${hashApiToken(secret)}`;
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  if (row.expiresAt <= now) return { ok: false, reason: "expired" };
  if (!row.isActive) return { ok: false, reason: "inactive-user" };
  // "Last seen" on "Your sessions", to the minute: one write a minute per session, not one per request.
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_PRECISION_MS) {
    await db.session.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return {
    ok: true,
    sessionId: row.id,
    user: { id: row.userId, tenantId: row.tenantId, oid: row.oid, upn: row.upn, displayName: row.displayName, roles: row.roles, groupIds: row.groupIds },
  };
}
