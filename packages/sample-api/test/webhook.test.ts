import { afterEach, describe, expect, it } from "vitest";
import { startTestApi, type TTestApi } from "./support/start-api.ts";
import { settle, startSubscriber, type TSubscriber } from "./support/subscriber.ts";

type TDelivery = { state: string; attempts: { attempt: number; statusCode?: number; error?: string }[]; nextAttemptAt?: string };

let api: TTestApi | undefined;
let subscriber: TSubscriber | undefined;
afterEach(async () => {
  await api?.close();
  await subscriber?.close();
});

async function subscribe(target: TTestApi, path: string, callbackUrl: string): Promise<{ id: string; location: string }> {
  const response = await target.call("api-key", "POST", path, { callbackUrl });
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  return { id, location: response.headers.get("location") ?? "" };
}

async function placeOrder(target: TTestApi, productId = "prd-0002", quantity = 1): Promise<Response> {
  return target.call("api-key", "POST", "/orders", { customerName: "Grace", customerEmail: "grace@example.com", lines: [{ productId, quantity }] });
}

async function deliveriesOf(target: TTestApi, subscriptionId: string): Promise<TDelivery[]> {
  const response = await target.call("api-key", "GET", `/webhook-deliveries?subscriptionId=${subscriptionId}`);
  return ((await response.json()) as { value: TDelivery[] }).value;
}

async function waitForDeliveryState(target: TTestApi, subscriptionId: string, state: string): Promise<TDelivery> {
  for (let i = 0; i < 500; i++) {
    const [delivery] = await deliveriesOf(target, subscriptionId);
    if (delivery?.state === state) return delivery;
    await settle(10);
  }
  throw new Error(`delivery never reached ${state}`);
}

describe("webhook trigger", () => {
  it("delivers each new order to the subscriber and stops after DELETE of the Location", async () => {
    api = await startTestApi();
    subscriber = await startSubscriber();
    const { location } = await subscribe(api, "/webhooks/order-created", `${subscriber.url}?sig=abc`);

    const created = (await (await placeOrder(api)).json()) as { id: string };
    await subscriber.waitForCount(1);
    expect(subscriber.received[0]?.body).toMatchObject({ type: "order.created", data: { id: created.id, status: "pending" } });
    expect(subscriber.received[0]?.path).toBe("/callback?sig=abc");

    const deleted = await api.call("api-key", "DELETE", location);
    expect(deleted.status).toBe(204);
    await placeOrder(api);
    await settle();
    expect(subscriber.received).toHaveLength(1);

    const again = await api.call("api-key", "DELETE", location);
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/already be deleted/);
  });

  it("sends stock-low once when an order takes a product to its reorder level", async () => {
    api = await startTestApi();
    subscriber = await startSubscriber();
    await subscribe(api, "/webhooks/stock-low", subscriber.url);
    // prd-0002 starts with 13 units and a reorder level of 5.
    expect((await placeOrder(api, "prd-0002", 8)).status).toBe(201);
    await subscriber.waitForCount(1);
    expect(subscriber.received[0]?.body).toMatchObject({ type: "stock.low", data: { productId: "prd-0002", quantityOnHand: 5, isLow: true } });
    expect((await placeOrder(api, "prd-0002", 1)).status).toBe(201);
    await settle();
    expect(subscriber.received).toHaveLength(1);
  });

  it("retries a failing callback with back-off until it accepts, recording every attempt", async () => {
    api = await startTestApi({ webhookRetry: { baseDelayMs: 20, maxDelayMs: 40, maxAttempts: 5 } });
    subscriber = await startSubscriber([503, 500, 200]);
    const { id } = await subscribe(api, "/webhooks/order-created", subscriber.url);
    await placeOrder(api);

    const delivery = await waitForDeliveryState(api, id, "delivered");
    expect(delivery.attempts.map((attempt) => attempt.statusCode)).toEqual([503, 500, 200]);
    expect(delivery.nextAttemptAt).toBeUndefined();
    expect(subscriber.received).toHaveLength(3);
    // Every retry carries the same event, so the subscriber can de-duplicate by its id.
    const ids = new Set(subscriber.received.map((entry) => (entry.body as { id: string }).id));
    expect(ids.size).toBe(1);
  });

  it("gives up after the attempt cap and says why when the callback cannot be reached", async () => {
    api = await startTestApi({ webhookRetry: { baseDelayMs: 5, maxDelayMs: 10, maxAttempts: 3 } });
    const { id } = await subscribe(api, "/webhooks/order-created", "http://127.0.0.1:9/unreachable");
    await placeOrder(api);
    const delivery = await waitForDeliveryState(api, id, "failed");
    expect(delivery.attempts).toHaveLength(3);
    expect(delivery.attempts[0]?.error).toMatch(/could not connect/);
  });

  it("stops retrying once the subscription is deleted", async () => {
    api = await startTestApi({ webhookRetry: { baseDelayMs: 50, maxDelayMs: 50, maxAttempts: 10 } });
    subscriber = await startSubscriber([500]);
    const { id, location } = await subscribe(api, "/webhooks/order-created", subscriber.url);
    await placeOrder(api);
    await subscriber.waitForCount(1);
    await api.call("api-key", "DELETE", location);
    const delivery = await waitForDeliveryState(api, id, "cancelled");
    await settle(200);
    expect(subscriber.received.length).toBe(delivery.attempts.length);
  });

  it("ends the subscription when the subscriber answers 410 Gone", async () => {
    api = await startTestApi();
    subscriber = await startSubscriber([410]);
    const { id, location } = await subscribe(api, "/webhooks/order-created", subscriber.url);
    await placeOrder(api);
    const delivery = await waitForDeliveryState(api, id, "cancelled");
    expect(delivery.attempts).toHaveLength(1);
    expect((await api.call("api-key", "DELETE", location)).status).toBe(404);
  });

  it("refuses a subscription without a usable callback URL, saying what to send", async () => {
    api = await startTestApi();
    const response = await api.call("api-key", "POST", "/webhooks/order-created", { callbackUrl: "ftp://example.com/x" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/callbackUrl.*http or https/);
  });
});
