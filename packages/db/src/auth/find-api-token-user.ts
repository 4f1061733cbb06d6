import type { Db } from "../client.ts";
import { API_TOKEN_PREFIX } from "./api-token-scopes.ts";
import { findCredentialOwner, OWNER_COLUMNS, type CredentialRefusal, type CredentialRow } from "./find-credential-owner.ts";
import { hashApiToken } from "./hash-api-token.ts";
import type { SignedInUser } from "./upsert-signed-in-user.ts";

type TokenRow = CredentialRow & { scopes: string[]; lastUsedAt: Date | null };

export type ApiTokenLookup = { ok: true; tokenId: string; scopes: string[]; user: Omit<SignedInUser, "isActive"> } | { ok: false; reason: CredentialRefusal };

/** Resolves a Bearer secret to its owner, refusing revoked and expired tokens and people who have left. */
export async function findApiTokenUser(db: Db, secret: string, now = new Date()): Promise<ApiTokenLookup> {
  if (!secret.startsWith(API_TOKEN_PREFIX) || secret.length > 200) return { ok: false, reason: "malformed" };
  const found = await findCredentialOwner<TokenRow>({
    rows: db.$queryRaw<TokenRow[]>`
      SELECT t.id, t.scopes, t."expiresAt", t."revokedAt", t."lastUsedAt", ${OWNER_COLUMNS}
      FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
      WHERE t."tokenHash" = ${hashApiToken(secret)}`,
    now,
    lastSeen: (row) => row.lastUsedAt,
    // Only to show "last used" to its owner.
    touch: (row) => db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } }),
  });
  return found.ok ? { ok: true, tokenId: found.row.id, scopes: found.row.scopes, user: found.user } : found;
}
