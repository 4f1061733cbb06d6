import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TTestApi } from "./support/start-api.ts";

type TError = { error: { code: string; message: string } };
let api: TTestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.close());

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

describe("inventory actions", () => {
  it("start from the same seeded data on every server", async () => {
    const other = await startTestApi();
    try {
      const [a, b] = await Promise.all([api.call("basic", "GET", "/products/prd-0007"), other.call("basic", "GET", "/products/prd-0007")]);
      expect(await a.json()).toEqual(await b.json());
    } finally {
      await other.close();
    }
  });

  it("walk every product exactly once by following nextLink", async () => {
    const seen: string[] = [];
    let next: string | undefined = "/products?pageSize=5";
    while (next) {
      const page: { value: { id: string }[]; nextLink?: string; totalCount: number } = await json(await api.call("api-key", "GET", next));
      seen.push(...page.value.map((product) => product.id));
      next = page.nextLink;
      expect(page.totalCount).toBeGreaterThanOrEqual(24);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(24);
  });

  it("filter products by price range", async () => {
    const page = await json<{ value: { unitPrice: number }[] }>(await api.call("api-key", "GET", "/products?minPrice=20&maxPrice=40&pageSize=100"));
    expect(page.value.length).toBeGreaterThan(0);
    expect(page.value.every((product) => product.unitPrice >= 20 && product.unitPrice <= 40)).toBe(true);
  });

  it("refuse an order larger than the stock and leave the stock as it was", async () => {
    const before = await json<{ quantityOnHand: number }>(await api.call("api-key", "GET", "/stock/prd-0003"));
    const response = await api.call("api-key", "POST", "/orders", {
      customerName: "Greedy",
      customerEmail: "greedy@example.com",
      lines: [{ productId: "prd-0003", quantity: before.quantityOnHand + 1 }],
    });
    expect(response.status).toBe(409);
    expect((await json<TError>(response)).error.message).toMatch(/in stock.*order fewer or restock/);
    const after = await json<{ quantityOnHand: number }>(await api.call("api-key", "GET", "/stock/prd-0003"));
    expect(after.quantityOnHand).toBe(before.quantityOnHand);
  });

  it("take stock for an order and give it back when the order is cancelled", async () => {
    const stockOf = async () => (await json<{ quantityOnHand: number }>(await api.call("basic", "GET", "/stock/prd-0010"))).quantityOnHand;
    const start = await stockOf();
    const order = await json<{ id: string }>(
      await api.call("basic", "POST", "/orders", { customerName: "Ann", customerEmail: "ann@example.com", lines: [{ productId: "prd-0010", quantity: 2 }] }),
    );
    expect(await stockOf()).toBe(start - 2);
    expect((await api.call("basic", "PATCH", `/orders/${order.id}`, { status: "cancelled" })).status).toBe(200);
    expect(await stockOf()).toBe(start);
    const reopen = await api.call("basic", "PATCH", `/orders/${order.id}`, { status: "shipped" });
    expect(reopen.status).toBe(409);
    expect((await json<TError>(reopen)).error.message).toMatch(/is cancelled; it can no longer change/);
  });

  it("refuse a duplicate SKU and deleting a product on a pending order", async () => {
    const duplicate = await api.call("api-key", "POST", "/products", { sku: "sku-1001", name: "Copy", category: "office", unitPrice: 1 });
    expect(duplicate.status).toBe(409);
    expect((await json<TError>(duplicate)).error.message).toMatch(/SKU 'sku-1001' is already used by product prd-0001/);
    // Seeded order ord-0003 is pending and holds prd-0003.
    const blocked = await api.call("api-key", "DELETE", "/products/prd-0003");
    expect(blocked.status).toBe(409);
    expect((await json<TError>(blocked)).error.message).toMatch(/pending order ord-0003/);
  });

  it("name every wrong field of a bad request and what to do about it", async () => {
    const response = await api.call("api-key", "POST", "/products", { sku: "", category: "toys", unitPrice: "cheap", colour: "red" });
    expect(response.status).toBe(400);
    const { message } = (await json<TError>(response)).error;
    expect(message).toMatch(/body field 'sku': must not be empty/);
    expect(message).toMatch(/body field 'category': must be one of hardware, garden, kitchen, office/);
    expect(message).toMatch(/body field 'unitPrice': must be a number/);
    expect(message).toMatch(/remove the unknown body field 'colour'/);
  });

  it("answer broken JSON, unknown ids and unknown routes with advice, not a stack trace", async () => {
    const broken = await fetch(`${api.url}/api-key/v1/orders`, {
      method: "POST",
      headers: { ...(await api.headersFor("api-key")), "content-type": "application/json" },
      body: '{"customerName": ',
    });
    expect(broken.status).toBe(400);
    expect((await json<TError>(broken)).error.message).toMatch(/not valid JSON/);
    const unknown = await api.call("api-key", "GET", "/orders/ord-9999");
    expect(unknown.status).toBe(404);
    expect((await json<TError>(unknown)).error.message).toMatch(/List orders to find a valid id/);
    const nowhere = await fetch(`${api.url}/v2/products`);
    expect(nowhere.status).toBe(404);
    expect(await nowhere.text()).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("search by SKU and require search text", async () => {
    const found = await json<{ value: { sku: string }[] }>(await api.call("oauth2", "GET", "/search/products?q=sku-1004"));
    expect(found.value.map((product) => product.sku)).toEqual(["SKU-1004"]);
    const empty = await api.call("oauth2", "GET", "/search/products?q=");
    expect(empty.status).toBe(400);
    expect((await json<TError>(empty)).error.message).toMatch(/query parameter 'q'/);
  });
});
