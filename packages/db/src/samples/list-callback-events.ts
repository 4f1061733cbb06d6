import type { Db } from "../client.ts";
import { hashCallbackToken } from "./create-test-callback.ts";

/** The events a Test tab callback received, newest first; null for an unknown token. */
export async function listCallbackEvents(db: Db, token: string) {
  const callback = await db.testCallback.findUnique({
    where: { tokenHash: hashCallbackToken(token) },
    select: {
      operationId: true,
      subscriptionUrl: true,
      expiresAt: true,
      events: { orderBy: { receivedAt: "desc" }, select: { id: true, receivedAt: true, headers: true, body: true } },
    },
  });
  if (!callback) return null;
  return { ...callback, events: callback.events.map((e) => ({ ...e, headers: e.headers as Record<string, string> })) };
}
