import type { Db } from "../client.ts";

/** A user's newest notifications; unread ones first is the caller's choice of filter. */
export async function listNotifications(db: Db, options: { userId: string; unreadOnly?: boolean; limit?: number }) {
  return db.notification.findMany({
    where: { userId: options.userId, ...(options.unreadOnly ? { readAt: null } : {}) },
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(options.limit ?? 50, 1), 200),
  });
}

/** Marks the given (or all) notifications of a user read; another user's ids are ignored. */
export async function markNotificationsRead(db: Db, options: { userId: string; ids?: readonly string[] }): Promise<number> {
  const result = await db.notification.updateMany({
    where: { userId: options.userId, readAt: null, ...(options.ids ? { id: { in: [...options.ids] } } : {}) },
    data: { readAt: new Date() },
  });
  return result.count;
}
