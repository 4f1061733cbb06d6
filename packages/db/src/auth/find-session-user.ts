import type { Db } from "../client.ts";
import { findCredentialOwner, OWNER_COLUMNS, type CredentialRefusal, type CredentialRow } from "./find-credential-owner.ts";
import { hashApiToken } from "./hash-api-token.ts";
import type { SignedInUser } from "./upsert-signed-in-user.ts";

type SessionRow = CredentialRow & { lastSeenAt: Date };

export type SessionLookup = { ok: true; sessionId: string; user: Omit<SignedInUser, "isActive"> } | { ok: false; reason: CredentialRefusal };

/**
 * The person behind a session id, read fresh on every request: a revoked or expired session, or one of a deactivated
 * account, is refused at once, and roles and groups are the database's of this moment (not the sign-in's).
 * One indexed round trip (session by hash, its user, the user's groups).
 */
export async function findSessionUser(db: Db, secret: string, now = new Date()): Promise<SessionLookup> {
  if (!/^[\w-]{43}$/.test(secret)) return { ok: false, reason: "malformed" };
  const found = await findCredentialOwner<SessionRow>({
    rows: db.$queryRaw<SessionRow[]>`
      SELECT s.id, s."expiresAt", s."revokedAt", s."lastSeenAt", ${OWNER_COLUMNS}
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
      WHERE s."tokenHash" = ${hashApiToken(secret)}`,
    now,
    lastSeen: (row) => row.lastSeenAt,
    // "Last seen" on "Your sessions"; a session ended meanwhile keeps its last time.
    touch: (row) => db.session.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastSeenAt: now } }),
  });
  return found.ok ? { ok: true, sessionId: found.row.id, user: found.user } : found;
}
