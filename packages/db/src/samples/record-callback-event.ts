import type { Db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { hashCallbackToken } from "./create-test-callback.ts";

export const MAX_CALLBACK_EVENTS = 50;
export const MAX_CALLBACK_BODY_BYTES = 64 * 1024;

export type RecordCallbackOutcome = "recorded" | "unknown" | "full";

/**
 * Keeps one event posted to a Test tab callback. An unknown or expired token is "unknown" (the route answers 410 Gone,
 * which tells a well-behaved API to drop the subscription); a callback with its quota of events is "full".
 */
export async function recordCallbackEvent(
  db: Db,
  options: { token: string; headers: Record<string, string>; body: string; now?: Date },
): Promise<RecordCallbackOutcome> {
  const callback = await db.testCallback.findUnique({
    where: { tokenHash: hashCallbackToken(options.token) },
    select: { id: true, expiresAt: true, _count: { select: { events: true } } },
  });
  if (!callback || callback.expiresAt <= (options.now ?? new Date())) return "unknown";
  if (callback._count.events >= MAX_CALLBACK_EVENTS) return "full";
  await db.testCallbackEvent.create({
    data: { callbackId: callback.id, headers: options.headers as Prisma.InputJsonValue, body: options.body.slice(0, MAX_CALLBACK_BODY_BYTES) },
  });
  return "recorded";
}
