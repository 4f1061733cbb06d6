// POST /api/v1/test-calls
// Calls one operation of a connector server-side with the caller's own connection values (the Test tab). The values
// are used for this call only: never stored, never logged, scrubbed from the answer.
import { AppError, createTestCallback, getTestTarget, setCallbackSubscription } from "@connector-hub/db";
import { z } from "zod";
import { clientKey, enforceRateLimit } from "@/server/auth/rate-limit.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { env, testCallsAllowLoopback } from "@/server/env.ts";
import { ZConnectionValues } from "@/server/test-calls/build-test-request.ts";
import { runTestCall } from "@/server/test-calls/run-test-call.ts";
import { readJsonBody } from "@/server/read-json-body.ts";

const ZTestCallInput = z.object({
  connector: z.string().min(1).max(200),
  operationId: z.string().min(1).max(200),
  values: z.record(z.string().max(200), z.string().max(256 * 1024)).default({}),
  connection: ZConnectionValues.default({}),
  /** For a webhook trigger: subscribe a callback the hub hosts, and show the events it receives. */
  subscribeCallback: z.boolean().default(false),
});

/** Each test call makes the hub call someone's API: anonymous callers (samples only) per address, people per account. */
const ANONYMOUS_PER_MINUTE = 30;
const SIGNED_IN_PER_MINUTE = 120;

export const POST = withAuth(
  "test-calls.create",
  async (request, { log, viewer: signedIn }) => {
    if (signedIn) enforceRateLimit({ key: `test-calls:user:${signedIn.userId}`, limit: SIGNED_IN_PER_MINUTE, windowMs: 60_000 });
    else enforceRateLimit({ key: `test-calls:${clientKey(request.headers)}`, limit: ANONYMOUS_PER_MINUTE, windowMs: 60_000 });
    const input = await readJsonBody(request, ZTestCallInput, {
      what: 'the call, like { "connector": "<slug>", "operationId": "...", "values": {}, "connection": {} }',
    });
    // What the caller may not read does not exist for them, signed in or not (the one read rule). People it is shared
    // with test the approved (shared) version, its editors the newest (governance pickReaderVersion, inside getTestTarget).
    const target = await getTestTarget(db(), input.connector, { viewer: signedIn });
    if (!target) {
      throw new AppError("NOT_FOUND", `No connector has the address /connectors/${input.connector}. Check the slug in the catalog.`);
    }
    // Samples are there to be tried by anyone; any other (public) connector is called only for a signed-in reader.
    if (!target.connector.isSample && !signedIn) {
      throw new AppError("UNAUTHORIZED", "Sign in first (/auth/sign-in), or send a personal API token as a Bearer token.");
    }
    // The callback URL is the hub's configured public address, never the Host header the caller sent (which would let a
    // caller point the API's deliveries anywhere).
    const callback = input.subscribeCallback ? await createTestCallback(db(), { connectorId: target.connector.id, operationId: input.operationId }) : null;
    const notificationUrl = callback ? `${env().HUB_PUBLIC_URL.replace(/\/$/, "")}/api/v1/callbacks/${callback.token}` : undefined;
    const result = await runTestCall({
      notificationUrl,
      definition: target.definition,
      connectorHost: target.connector.host,
      operationId: input.operationId,
      values: input.values,
      connection: input.connection,
      // Loopback is for the sample API that `npm start` runs beside the hub; any other connector pointing at this
      // machine is refused, so a maker cannot reach the hub's own services through the Test tab.
      allowLoopback: testCallsAllowLoopback() && target.connector.isSample,
      log,
    });
    const location = result.response.headers.location;
    if (callback && location && result.response.status < 300) await setCallbackSubscription(db(), { callbackId: callback.id, subscriptionUrl: location });
    const hosted = callback ? { token: callback.token, url: notificationUrl, expiresAt: callback.expiresAt, subscriptionUrl: location ?? null } : null;
    return Response.json(
      { connector: target.connector.slug, version: target.version.number, ...result, callback: hosted },
      { headers: { "cache-control": "no-store" } },
    );
  },
  { allowAnonymous: true, scope: "connectors:read" },
);
