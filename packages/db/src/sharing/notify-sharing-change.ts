import type { DbOrTx } from "../audit/record-audit-event.ts";
import { notifyUsers } from "../notifications/notify-users.ts";
import type { SharingChange } from "./sharing-types.ts";

/** In-app notifications for a state change, written in the change's own transaction. */
export async function notifySharingChange(tx: DbOrTx, change: SharingChange): Promise<void> {
  await notifyUsers(tx, {
    userIds: change.userIds,
    kind: `sharing.${change.stage.toLowerCase()}`,
    message: change.message,
    link: `/requests/${change.requestId}`,
  });
}
