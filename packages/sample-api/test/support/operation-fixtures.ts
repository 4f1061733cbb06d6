import { expect } from "vitest";
import type { TSampleVariant } from "../../src/index.ts";
import type { TTestApi } from "./start-api.ts";
import type { TSubscriber } from "./subscriber.ts";
import type { TValidate } from "./schema-validator.ts";

export type TFixtureContext = {
  api: TTestApi;
  variant: TSampleVariant;
  subscriber: TSubscriber;
  validate: TValidate;
  swagger: Record<string, unknown>;
};

export type TFixtureRequest = {
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  status: number;
};

export type TOperationFixture = {
  prepare: (context: TFixtureContext) => Promise<TFixtureRequest>;
  // Checks beyond the schema: what a user of the operation would notice.
  verify?: (context: TFixtureContext, response: Response, body: unknown) => Promise<void>;
};

let unique = 0;
function nextSku(): string {
  unique += 1;
  return `CONTRACT-${process.pid}-${unique}`;
}

async function createProductId(context: TFixtureContext): Promise<string> {
  const response = await context.api.call(context.variant, "POST", "/products", {
    sku: nextSku(),
    name: "Contract Test Widget",
    category: "office",
    unitPrice: 12.5,
    quantityOnHand: 50,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function createOrderId(context: TFixtureContext, productId = "prd-0002"): Promise<string> {
  const response = await context.api.call(context.variant, "POST", "/orders", {
    customerName: "Contract Tester",
    customerEmail: "tester@example.com",
    lines: [{ productId, quantity: 1 }],
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

function notificationSchema(context: TFixtureContext, path: string): unknown {
  const paths = context.swagger["paths"] as Record<string, Record<string, unknown>>;
  return (paths[path]?.["x-ms-notification-content"] as { schema: unknown }).schema;
}

async function expectDeliveredEvent(context: TFixtureContext, response: Response, path: string, cause: () => Promise<void>, type: string) {
  const location = response.headers.get("location") ?? "";
  expect(location).toMatch(new RegExp(`/${context.variant}/v1/webhooks/sub-\\d+$`));
  const before = context.subscriber.received.length;
  await cause();
  await context.subscriber.waitForCount(before + 1);
  const event = context.subscriber.received.at(-1)?.body;
  expect(event).toMatchObject({ type });
  expect(context.validate(notificationSchema(context, path), event)).toEqual([]);
  const deleted = await context.api.call(context.variant, "DELETE", location);
  expect(deleted.status).toBe(204);
}

export const OPERATION_FIXTURES: Record<string, TOperationFixture> = {
  ListProducts: {
    prepare: async () => ({ query: { category: "office", pageSize: "2" }, status: 200 }),
    verify: async (context, _response, body) => {
      const page = body as { value: { category: string }[]; nextLink?: string };
      expect(page.value.map((product) => product.category)).toEqual(["office", "office"]);
      const next = await context.api.call(context.variant, "GET", page.nextLink ?? "missing nextLink");
      expect(next.status).toBe(200);
    },
  },
  SearchProducts: {
    prepare: async () => ({ query: { q: "lamp" }, status: 200 }),
    verify: async (_context, _response, body) => {
      const names = (body as { value: { name: string }[] }).value.map((product) => product.name);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toMatch(/Lamp/);
    },
  },
  GetProduct: {
    prepare: async () => ({ pathParams: { productId: "prd-0001" }, status: 200 }),
    verify: async (_context, _response, body) => expect(body).toMatchObject({ id: "prd-0001", sku: "SKU-1001" }),
  },
  CreateProduct: {
    prepare: async () => ({ body: { sku: nextSku(), name: "Fresh Item", category: "kitchen", unitPrice: 3.2, quantityOnHand: 4 }, status: 201 }),
    verify: async (context, response) => {
      const again = await context.api.call(context.variant, "GET", response.headers.get("location") ?? "missing location");
      expect(again.status).toBe(200);
    },
  },
  UpdateProduct: {
    prepare: async (context) => ({ pathParams: { productId: await createProductId(context) }, body: { unitPrice: 9.99 }, status: 200 }),
    verify: async (_context, _response, body) => expect(body).toMatchObject({ unitPrice: 9.99, name: "Contract Test Widget" }),
  },
  DeleteProduct: {
    prepare: async (context) => ({ pathParams: { productId: await createProductId(context) }, status: 204 }),
    verify: async (context, response) => {
      const productId = new URL(response.url).pathname.split("/").at(-1) ?? "";
      expect((await context.api.call(context.variant, "GET", `/products/${productId}`)).status).toBe(404);
      expect((await context.api.call(context.variant, "GET", `/stock/${productId}`)).status).toBe(404);
    },
  },
  ListStockLevels: {
    prepare: async () => ({ query: { lowOnly: "true" }, status: 200 }),
    verify: async (_context, _response, body) => {
      const levels = (body as { value: { isLow: boolean }[] }).value;
      expect(levels.length).toBeGreaterThan(0);
      expect(levels.every((level) => level.isLow)).toBe(true);
    },
  },
  GetStockLevel: { prepare: async () => ({ pathParams: { productId: "prd-0001" }, status: 200 }) },
  UpdateStockLevel: {
    prepare: async (context) => ({ pathParams: { productId: await createProductId(context) }, body: { quantityOnHand: 30 }, status: 200 }),
    verify: async (_context, _response, body) => expect(body).toMatchObject({ quantityOnHand: 30, isLow: false }),
  },
  ListOrders: {
    prepare: async () => ({ query: { status: "pending" }, status: 200 }),
    verify: async (_context, _response, body) => {
      const orders = (body as { value: { status: string }[] }).value;
      expect(orders.length).toBeGreaterThan(0);
      expect(orders.every((order) => order.status === "pending")).toBe(true);
    },
  },
  GetOrder: { prepare: async () => ({ pathParams: { orderId: "ord-0001" }, status: 200 }) },
  CreateOrder: {
    prepare: async (context) => ({
      body: { customerName: "Ada", customerEmail: "ada@example.com", lines: [{ productId: await createProductId(context), quantity: 2 }] },
      status: 201,
    }),
    verify: async (_context, _response, body) => expect(body).toMatchObject({ status: "pending", total: 25 }),
  },
  UpdateOrder: {
    prepare: async (context) => ({ pathParams: { orderId: await createOrderId(context) }, body: { status: "shipped" }, status: 200 }),
    verify: async (_context, _response, body) => expect(body).toMatchObject({ status: "shipped" }),
  },
  DeleteOrder: {
    prepare: async (context) => ({ pathParams: { orderId: await createOrderId(context) }, status: 204 }),
    verify: async (context, response) => {
      const orderId = new URL(response.url).pathname.split("/").at(-1) ?? "";
      expect((await context.api.call(context.variant, "GET", `/orders/${orderId}`)).status).toBe(404);
    },
  },
  OnOrderCreated: {
    prepare: async (context) => ({ body: { callbackUrl: context.subscriber.url }, status: 201 }),
    verify: (context, response) =>
      expectDeliveredEvent(context, response, "/webhooks/order-created", async () => void (await createOrderId(context)), "order.created"),
  },
  OnStockLow: {
    prepare: async (context) => ({ body: { callbackUrl: context.subscriber.url }, status: 201 }),
    verify: (context, response) =>
      expectDeliveredEvent(
        context,
        response,
        "/webhooks/stock-low",
        async () => {
          const productId = await createProductId(context);
          const lowered = await context.api.call(context.variant, "PUT", `/stock/${productId}`, { quantityOnHand: 1 });
          expect(lowered.status).toBe(200);
        },
        "stock.low",
      ),
  },
  DeleteWebhook: {
    prepare: async (context) => {
      const response = await context.api.call(context.variant, "POST", "/webhooks/order-created", { callbackUrl: context.subscriber.url });
      const { id } = (await response.json()) as { id: string };
      return { pathParams: { subscriptionId: id }, status: 204 };
    },
  },
  ListWebhookDeliveries: {
    prepare: async (context) => {
      const response = await context.api.call(context.variant, "POST", "/webhooks/order-created", { callbackUrl: context.subscriber.url });
      const { id } = (await response.json()) as { id: string };
      const before = context.subscriber.received.length;
      await createOrderId(context);
      await context.subscriber.waitForCount(before + 1);
      await context.api.call(context.variant, "DELETE", `/webhooks/${id}`);
      return { query: { subscriptionId: id }, status: 200 };
    },
    verify: async (_context, _response, body) => {
      const deliveries = (body as { value: { state: string; eventType: string }[] }).value;
      expect(deliveries).toHaveLength(1);
      expect(deliveries[0]).toMatchObject({ state: "delivered", eventType: "order.created" });
    },
  },
  OnNewOrders: {
    prepare: async () => ({ query: { since: "0" }, status: 200 }),
    verify: async (_context, response, body) => {
      const sequences = (body as { sequence: number }[]).map((order) => order.sequence);
      expect(sequences.length).toBeGreaterThan(0);
      expect(sequences).toEqual([...sequences].sort((a, b) => b - a));
      expect(response.headers.get("location")).toMatch(new RegExp(`since=${sequences[0]}$`));
    },
  },
};
