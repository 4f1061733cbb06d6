import { afterEach, describe, expect, it } from "vitest";
import { startTestApi, type TTestApi } from "./support/start-api.ts";

let api: TTestApi | undefined;
afterEach(async () => api?.close());

async function placeOrder(target: TTestApi, customerName: string): Promise<string> {
  const response = await target.call("basic", "POST", "/orders", {
    customerName,
    customerEmail: "poll@example.com",
    lines: [{ productId: "prd-0002", quantity: 1 }],
  });
  return ((await response.json()) as { id: string }).id;
}

describe("polling trigger", () => {
  it("answers 202 with the state in Location while nothing is new, then 200 with new orders newest first", async () => {
    api = await startTestApi({ pollRetryAfterSeconds: 15 });
    const first = await api.call("basic", "GET", "/triggers/new-orders");
    expect(first.status).toBe(202);
    expect(first.headers.get("retry-after")).toBe("15");
    const start = first.headers.get("location") ?? "";
    expect(start).toBe(`${api.url}/basic/v1/triggers/new-orders?since=12`);

    const idle = await api.call("basic", "GET", start);
    expect(idle.status).toBe(202);
    expect(idle.headers.get("location")).toBe(start);

    const older = await placeOrder(api, "First");
    const newer = await placeOrder(api, "Second");
    const found = await api.call("basic", "GET", start);
    expect(found.status).toBe(200);
    const body = (await found.json()) as { id: string; sequence: number }[];
    expect(body.map((order) => order.id)).toEqual([newer, older]);
    const next = found.headers.get("location") ?? "";
    expect(next).toBe(`${api.url}/basic/v1/triggers/new-orders?since=14`);

    const quiet = await api.call("basic", "GET", next);
    expect(quiet.status).toBe(202);
    expect(quiet.headers.get("location")).toBe(next);
  });

  it("builds Location from the configured public URL, as the platform must call it back", async () => {
    api = await startTestApi({ publicUrl: "https://inventory.example.com/sample/" });
    const response = await api.call("oauth2", "GET", "/triggers/new-orders");
    expect(response.headers.get("location")).toBe("https://inventory.example.com/sample/oauth2/v1/triggers/new-orders?since=12");
  });

  it("starts again from now when the state is from before a restart", async () => {
    api = await startTestApi();
    const response = await api.call("basic", "GET", "/triggers/new-orders?since=500");
    expect(response.status).toBe(202);
    expect(response.headers.get("location")).toMatch(/since=12$/);
  });

  it("refuses a state it did not hand out, saying where the state comes from", async () => {
    api = await startTestApi();
    const response = await api.call("basic", "GET", "/triggers/new-orders?since=yesterday");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/since.*Location header/);
  });
});
