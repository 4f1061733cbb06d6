import { Prisma } from "../generated/prisma/client.ts";
import type { SignedInUser } from "./upsert-signed-in-user.ts";

/** "Last seen" / "last used" are shown to the minute: one write a minute per credential, not one per request. */
const SEEN_PRECISION_MS = 60_000;

/** The owner's columns, joined as `u`, for a credential lookup: SignedInUser's fields with the owner's id as userId. */
export const OWNER_COLUMNS = Prisma.sql`u.id AS "userId", u."tenantId", u.oid, u.upn, u."displayName", u.roles, u."isActive",
           ARRAY(SELECT m."groupId" FROM "GroupMember" m WHERE m."userId" = u.id ORDER BY m."groupId") AS "groupIds"`;

export type CredentialRow = { id: string; expiresAt: Date; revokedAt: Date | null; userId: string } & Omit<SignedInUser, "id">;

export type CredentialRefusal = "malformed" | "unknown" | "revoked" | "expired" | "inactive-user";

export interface FindCredentialOwnerOptions<R extends CredentialRow> {
  /** The credential row by its hash, joined with OWNER_COLUMNS (one round trip: this runs on every request). */
  rows: Promise<R[]>;
  now: Date;
  lastSeen: (row: R) => Date | null;
  /** Records that the credential was seen now; a lost update under concurrency is harmless. */
  touch: (row: R) => Promise<unknown>;
}

/**
 * The one check behind sessions and API tokens: a revoked or expired credential, or one of a deactivated account, is
 * refused at once; roles and groups are the database's of this moment.
 */
export async function findCredentialOwner<R extends CredentialRow>(
  options: FindCredentialOwnerOptions<R>,
): Promise<{ ok: true; row: R; user: Omit<SignedInUser, "isActive"> } | { ok: false; reason: CredentialRefusal }> {
  const [row] = await options.rows;
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  if (row.expiresAt <= options.now) return { ok: false, reason: "expired" };
  if (!row.isActive) return { ok: false, reason: "inactive-user" };
  const seen = options.lastSeen(row);
  if (!seen || options.now.getTime() - seen.getTime() >= SEEN_PRECISION_MS) await options.touch(row);
  return {
    ok: true,
    row,
    user: { id: row.userId, tenantId: row.tenantId, oid: row.oid, upn: row.upn, displayName: row.displayName, roles: row.roles, groupIds: row.groupIds },
  };
}
