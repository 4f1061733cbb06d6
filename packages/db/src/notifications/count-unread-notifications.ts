import type { Db } from "../client.ts";

/** How many notifications a person has not seen yet (the header's badge); served by the (userId, readAt) index. */
export async function countUnreadNotifications(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
