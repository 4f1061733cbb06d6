import { randomBytes } from "node:crypto";
import type { DbOrTx } from "../audit/record-audit-event.ts";
import { hashApiToken } from "./hash-api-token.ts";

export interface CreateSessionOptions {
  userId: string;
  hours: number;
  /** The browser's User-Agent, shown on "Your sessions" so people can tell their sessions apart (cut to 300 characters). */
  userAgent?: string | null;
  now?: Date;
}

/**
 * Opens a session for a person who just signed in: a random id (256 bits) for the cookie, of which only the SHA-256 is
 * stored, so neither the table nor a backup of it can be replayed as a cookie.
 */
export async function createSession(db: DbOrTx, options: CreateSessionOptions): Promise<{ secret: string; id: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const secret = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + options.hours * 3600_000);
  const row = await db.session.create({
    data: {
      userId: options.userId,
      tokenHash: hashApiToken(secret),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      userAgent: (options.userAgent ?? "").slice(0, 300),
    },
    select: { id: true },
  });
  // Keep the table to what matters: this person's sessions that ended or expired over 30 days ago go (their ending is
  // in the audit log), so rows do not pile up sign-in after sign-in.
  const cutoff = new Date(now.getTime() - 30 * 86_400_000);
  await db.session.deleteMany({ where: { userId: options.userId, OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] } });
  return { secret, id: row.id, expiresAt };
}
