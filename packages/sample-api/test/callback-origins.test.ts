// When the hub runs the sample API it names the only origin webhook events may go to, so nobody can make the sample
// API send requests to an address of their choosing through the hub's Test tab.
import { afterEach, describe, expect, it } from "vitest";
import { startTestApi, type TTestApi } from "./support/start-api.ts";

let api: TTestApi | undefined;
afterEach(async () => {
  await api?.close();
});

describe("allowed callback origins", () => {
  it("refuses a callback elsewhere, saying where events may go, and accepts one at the allowed origin", async () => {
    api = await startTestApi({ allowedCallbackOrigins: ["http://localhost:3000"] });
    const refused = await api.call("api-key", "POST", "/webhooks/order-created", { callbackUrl: "http://169.254.169.254/latest/meta-data" });
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("CALLBACK_NOT_ALLOWED");
    expect(body.error.message).toContain("http://localhost:3000");

    const accepted = await api.call("api-key", "POST", "/webhooks/order-created", { callbackUrl: "http://localhost:3000/api/v1/callbacks/abc" });
    expect(accepted.status).toBe(201);
  });

  it("accepts any http(s) callback when no origins are set, as a public API would", async () => {
    api = await startTestApi();
    const accepted = await api.call("api-key", "POST", "/webhooks/stock-low", { callbackUrl: "https://example.net/hook" });
    expect(accepted.status).toBe(201);
  });
});
