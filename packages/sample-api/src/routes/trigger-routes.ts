import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { TEventType } from "../domain/inventory-types.ts";
import { latestOrderSequence, listNewOrders } from "../domain/list-new-orders.ts";
import { subscribeWebhook } from "../domain/subscribe-webhook.ts";
import { unsubscribeWebhook } from "../domain/unsubscribe-webhook.ts";
import { parseInput } from "../http/parse-input.ts";
import { variantBaseUrl, type TRouteContext } from "./route-context.ts";

const ZSubscribe = z.object({
  callbackUrl: z.url({ protocol: /^https?$/, message: "must be an absolute http or https URL" }),
});
const ZSubscriptionId = z.object({ subscriptionId: z.string().min(1) });
const ZDeliveriesQuery = z.object({ subscriptionId: z.string().min(1).optional() });
const ZPollQuery = z.object({
  since: z.coerce
    .number({ message: "must be a whole number taken from the Location header" })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .optional(),
});

const POLL_BATCH_LIMIT = 50;
const WEBHOOK_PATHS: Record<TEventType, string> = { "order.created": "/webhooks/order-created", "stock.low": "/webhooks/stock-low" };

export function registerTriggerRoutes(app: FastifyInstance, route: TRouteContext): void {
  const { inventory } = route;

  for (const [eventType, path] of Object.entries(WEBHOOK_PATHS) as [TEventType, string][]) {
    // POST /{variant}/v1/webhooks/order-created and /webhooks/stock-low: the platform registers its callback here.
    app.post(path, async (request, reply) => {
      const { callbackUrl } = parseInput(ZSubscribe, request.body, "body field");
      const allowed = route.allowedCallbackOrigins;
      if (allowed && !allowed.includes(new URL(callbackUrl).origin)) {
        return reply.code(400).send({
          error: {
            code: "CALLBACK_NOT_ALLOWED",
            message: `body field callbackUrl: this API delivers events only to ${allowed.join(", ")}; subscribe with a callback there.`,
          },
        });
      }
      const subscription = subscribeWebhook(inventory, { eventType, callbackUrl });
      return reply
        .code(201)
        .header("location", `${variantBaseUrl(route, request)}/webhooks/${subscription.id}`)
        .send({ id: subscription.id, eventType: subscription.eventType, createdAt: subscription.createdAt });
    });
  }

  // DELETE /{variant}/v1/webhooks/{subscriptionId}: the platform calls the Location it got when the flow is turned off.
  app.delete("/webhooks/:subscriptionId", async (request, reply) => {
    const { subscriptionId } = parseInput(ZSubscriptionId, request.params, "path parameter");
    unsubscribeWebhook(inventory, subscriptionId);
    return reply.code(204).send();
  });

  // GET /{variant}/v1/webhook-deliveries: what was sent to which subscriber, with every attempt.
  app.get("/webhook-deliveries", async (request) => {
    const { subscriptionId } = parseInput(ZDeliveriesQuery, request.query, "query parameter");
    const deliveries = inventory.state.deliveries.filter((delivery) => !subscriptionId || delivery.subscriptionId === subscriptionId);
    return { value: structuredClone(deliveries).reverse() };
  });

  // GET /{variant}/v1/triggers/new-orders: the polling trigger. `since` is our cursor, carried in Location.
  app.get("/triggers/new-orders", async (request, reply) => {
    const { since } = parseInput(ZPollQuery, request.query, "query parameter");
    const locationFor = (cursor: number) => `${variantBaseUrl(route, request)}/triggers/new-orders?since=${cursor}`;
    reply.header("retry-after", String(route.pollRetryAfterSeconds));
    // The first poll only marks where "new" starts, so turning a flow on does not replay every old order.
    // A state from before a restart (the data is in memory) points past the newest order: start again from now.
    const latest = latestOrderSequence(inventory);
    if (since === undefined || since > latest) {
      return reply.code(202).header("location", locationFor(latest)).send();
    }
    const { orders, cursor } = listNewOrders(inventory, { afterSequence: since, limit: POLL_BATCH_LIMIT });
    reply.header("location", locationFor(cursor));
    if (orders.length === 0) return reply.code(202).send();
    return reply.code(200).send(orders);
  });
}
