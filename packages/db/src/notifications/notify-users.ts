import type { DbOrTx } from "../audit/record-audit-event.ts";

export interface NotifyUsersOptions {
  userIds: readonly string[];
  kind: string;
  message: string;
  link?: string | null;
}

/** In-app notifications, written in the caller's transaction so a rolled-back change notifies no one. */
export async function notifyUsers(db: DbOrTx, options: NotifyUsersOptions): Promise<number> {
  const userIds = [...new Set(options.userIds)];
  if (userIds.length === 0) return 0;
  const result = await db.notification.createMany({
    data: userIds.map((userId) => ({ userId, kind: options.kind, message: options.message, link: options.link ?? null })),
  });
  return result.count;
}
