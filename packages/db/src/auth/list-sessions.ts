import type { Db } from "../client.ts";

/** A person's open sessions (not ended, not expired), most recently used first; no secret material. */
export async function listSessions(db: Db, userId: string, now = new Date()) {
  return db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true },
  });
}
