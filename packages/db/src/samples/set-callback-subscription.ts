import type { Db } from "../client.ts";

/** Remembers where the API said the subscription lives (its Location), so the Test tab can show it. */
export async function setCallbackSubscription(db: Db, options: { callbackId: string; subscriptionUrl: string }) {
  await db.testCallback.update({ where: { id: options.callbackId }, data: { subscriptionUrl: options.subscriptionUrl.slice(0, 2048) } });
}
