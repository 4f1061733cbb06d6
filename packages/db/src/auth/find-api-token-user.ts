import type { Db } from "../client.ts";
import { API_TOKEN_PREFIX } from "./api-token-scopes.ts";
import { hashApiToken } from "./hash-api-token.ts";
import type { SignedInUser } from "./upsert-signed-in-user.ts";

const LAST_USED_PRECISION_MS = 60_000;

/** The token row joined with its owner (SignedInUser's fields, the owner's id as userId). */
type TokenRow = { id: string; scopes: string[]; expiresAt: Date; revokedAt: Date | null; lastUsedAt: Date | null; userId: string } & Omit<SignedInUser, "id">;

export type ApiTokenLookup =
  | { ok: true; tokenId: string; scopes: string[]; user: Omit<SignedInUser, "isActive"> }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" | "expired" | "inactive-user" };

/** Resolves a Bearer secret to its owner, refusing revoked and expired tokens and people who have left. */
export async function findApiTokenUser(db: Db, secret: string, now = new Date()): Promise<ApiTokenLookup> {
  if (!secret.startsWith(API_TOKEN_PREFIX) || secret.length > 200) return { ok: false, reason: "malformed" };
  // One round trip (token, owner and group memberships joined): this runs on every token-authenticated request.
  const [token] = await db.$queryRaw<TokenRow[]>`
    SELECT t.id, t.scopes, t."expiresAt", t."revokedAt", t."lastUsedAt",
           u.id AS "userId", u."tenantId", u.oid, u.upn, u."displayName", u.roles, u."isActive",
           ARRAY(SELECT m."groupId" FROM "GroupMember" m WHERE m."userId" = u.id ORDER BY m."groupId") AS "groupIds"
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
    WHERE t."tokenHash" = ${hashApiToken(secret)}`;
  if (!token) return { ok: false, reason: "unknown" };
  if (token.revokedAt) return { ok: false, reason: "revoked" };
  if (token.expiresAt <= now) return { ok: false, reason: "expired" };
  if (!token.isActive) return { ok: false, reason: "inactive-user" };
  // Only to show "last used" to its owner, to the minute: a token calling many times a second writes once a minute,
  // not once per request. A lost update under concurrency is harmless.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    ok: true,
    tokenId: token.id,
    scopes: token.scopes,
    user: { id: token.userId, tenantId: token.tenantId, oid: token.oid, upn: token.upn, displayName: token.displayName, roles: token.roles, groupIds: token.groupIds },
  };
}
