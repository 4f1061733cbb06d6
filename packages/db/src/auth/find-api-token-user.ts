import type { Db } from "../client.ts";
import { API_TOKEN_PREFIX } from "./api-token-scopes.ts";
import { hashApiToken } from "./hash-api-token.ts";

export type ApiTokenLookup =
  | { ok: true; tokenId: string; scopes: string[]; user: { id: string; tenantId: string; oid: string; upn: string; displayName: string; roles: string[]; groupIds: string[] } }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" | "expired" | "inactive-user" };

/** Resolves a Bearer secret to its owner, refusing revoked and expired tokens and people who have left. */
export async function findApiTokenUser(db: Db, secret: string, now = new Date()): Promise<ApiTokenLookup> {
  if (!secret.startsWith(API_TOKEN_PREFIX) || secret.length > 200) return { ok: false, reason: "malformed" };
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    include: { user: { include: { memberships: { select: { groupId: true } } } } },
  });
  if (!token) return { ok: false, reason: "unknown" };
  if (token.revokedAt) return { ok: false, reason: "revoked" };
  if (token.expiresAt <= now) return { ok: false, reason: "expired" };
  if (!token.user.isActive) return { ok: false, reason: "inactive-user" };
  // Only to show "last used" to its owner; a lost update under concurrency is harmless.
  await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  const u = token.user;
  return {
    ok: true,
    tokenId: token.id,
    scopes: token.scopes,
    user: { id: u.id, tenantId: u.tenantId, oid: u.oid, upn: u.upn, displayName: u.displayName, roles: u.roles, groupIds: u.memberships.map((m) => m.groupId) },
  };
}
