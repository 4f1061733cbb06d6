// POST /api/v1/callbacks/[token]  (an API delivers a webhook event to a callback the Test tab subscribed)
// GET  /api/v1/callbacks/[token]  (the Test tab reads the events received so far)
// The unguessable token in the URL is the only credential: the API holds it to post, the browser that subscribed
// holds it to read. Unknown or expired callbacks answer 410 Gone, which tells the API to drop the subscription.
import { AppError, listCallbackEvents, MAX_CALLBACK_BODY_BYTES, recordCallbackEvent } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { readBodyText } from "@/server/http/read-body.ts";
import { route } from "@/server/route.ts";

const KEPT_HEADERS = /^(content-type|user-agent|x-(?!api-key)[\w-]+)$/i;

export const POST = route<{ token: string }>("callbacks.receive", async (request, { params }) => {
  const { token } = await params;
  const body = await readBodyText(
    request,
    MAX_CALLBACK_BODY_BYTES,
    () => new AppError("PAYLOAD_TOO_LARGE", `Events up to ${MAX_CALLBACK_BODY_BYTES / 1024} KB are kept; send a smaller payload.`),
  );
  const headers = Object.fromEntries([...request.headers.entries()].filter(([name]) => KEPT_HEADERS.test(name)));
  const outcome = await recordCallbackEvent(db(), { token, headers, body });
  if (outcome === "unknown")
    return Response.json(
      { error: { code: "GONE", message: "This callback does not exist or has expired; subscribe again from the Test tab." } },
      { status: 410 },
    );
  if (outcome === "full") throw new AppError("RATE_LIMITED", "This callback has received as many events as it keeps; subscribe again from the Test tab.");
  return Response.json({ received: true });
});

export const GET = route<{ token: string }>("callbacks.list", async (_request, { params }) => {
  const { token } = await params;
  const callback = await listCallbackEvents(db(), token);
  if (!callback) throw new AppError("NOT_FOUND", "This callback does not exist; subscribe again from the Test tab.");
  return Response.json(callback, { headers: { "cache-control": "no-store" } });
});
