import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { createOrder } from "../domain/create-order.ts";
import { deleteOrder } from "../domain/delete-order.ts";
import { ORDER_STATUSES } from "../domain/inventory-types.ts";
import { listOrders } from "../domain/list-orders.ts";
import { requireOrder } from "../domain/require-order.ts";
import { updateOrder } from "../domain/update-order.ts";
import { parseInput } from "../http/parse-input.ts";
import { variantBaseUrl, withNextLink, ZPaging, type TRouteContext } from "./route-context.ts";

const ZStatus = z.enum(ORDER_STATUSES, { message: `must be one of ${ORDER_STATUSES.join(", ")}` });
const ZEmail = z.email({ message: "must be an email address like name@example.com" });
const ZOrderId = z.object({ orderId: z.string().min(1) });

const ZListOrdersQuery = ZPaging.extend({
  status: ZStatus.optional(),
  productId: z.string().min(1).optional(),
  customerEmail: ZEmail.optional(),
});
const ZCreateOrder = z.strictObject({
  customerName: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters"),
  customerEmail: ZEmail,
  lines: z
    .array(
      z.strictObject({
        productId: z.string().min(1, "must not be empty"),
        quantity: z.number({ message: "must be a number" }).int("must be a whole number").min(1, "must be 1 or more").max(1000, "must be at most 1000"),
      }),
      { message: "must be a list of { productId, quantity }" },
    )
    .min(1, "must hold at least one line")
    .max(50, "must hold at most 50 lines"),
});
const ZUpdateOrder = z.strictObject({
  status: ZStatus.optional(),
  customerName: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters").optional(),
  customerEmail: ZEmail.optional(),
});

export function registerOrderRoutes(app: FastifyInstance, route: TRouteContext): void {
  const { inventory, dispatcher } = route;

  // GET /{variant}/v1/orders
  app.get("/orders", async (request) => {
    const query = parseInput(ZListOrdersQuery, request.query, "query parameter");
    return withNextLink(route, request, listOrders(inventory, query));
  });

  // GET /{variant}/v1/orders/{orderId}
  app.get("/orders/:orderId", async (request) => {
    const { orderId } = parseInput(ZOrderId, request.params, "path parameter");
    return requireOrder(inventory.state, orderId);
  });

  // POST /{variant}/v1/orders
  app.post("/orders", async (request, reply) => {
    const input = parseInput(ZCreateOrder, request.body, "body field");
    const { result, events } = createOrder(inventory, input);
    dispatcher.publish(events);
    return reply
      .code(201)
      .header("location", `${variantBaseUrl(route, request)}/orders/${result.id}`)
      .send(result);
  });

  // PATCH /{variant}/v1/orders/{orderId}
  app.patch("/orders/:orderId", async (request) => {
    const { orderId } = parseInput(ZOrderId, request.params, "path parameter");
    const input = parseInput(ZUpdateOrder, request.body, "body field");
    return updateOrder(inventory, orderId, input);
  });

  // DELETE /{variant}/v1/orders/{orderId}
  app.delete("/orders/:orderId", async (request, reply) => {
    const { orderId } = parseInput(ZOrderId, request.params, "path parameter");
    deleteOrder(inventory, orderId);
    return reply.code(204).send();
  });
}
