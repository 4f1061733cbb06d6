import type { Db } from "../client.ts";

/** For administrators: everyone with at least one open session, and how many, by name. */
export async function listPeopleWithSessions(db: Db, now = new Date()) {
  const groups = await db.session.groupBy({
    by: ["userId"],
    where: { revokedAt: null, expiresAt: { gt: now } },
    _count: { _all: true },
    _max: { lastSeenAt: true },
  });
  const users = await db.user.findMany({ where: { id: { in: groups.map((g) => g.userId) } }, select: { id: true, upn: true, displayName: true } });
  const byId = new Map(users.map((u) => [u.id, u]));
  return groups
    .map((g) => ({ user: byId.get(g.userId)!, open: g._count._all, lastSeenAt: g._max.lastSeenAt }))
    .filter((p) => p.user)
    .sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));
}
