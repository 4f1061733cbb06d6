import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_API_KEY, DEMO_BASIC_USER } from "../src/index.ts";
import { basicHeader, startTestApi, type TTestApi } from "./support/start-api.ts";
import { startSubscriber, type TSubscriber } from "./support/subscriber.ts";

const CONNECTOR_SECRET = "sample-connector-demo-secret";
const SERVICE_SECRET = "sample-service-demo-secret";
const CALLBACK_SIGNATURE = "callback-signature-that-must-stay-secret";

describe("logs", () => {
  const lines: string[] = [];
  const secrets: string[] = [DEMO_API_KEY, "wrong-key-also-secret", DEMO_BASIC_USER.password, CONNECTOR_SECRET, SERVICE_SECRET, CALLBACK_SIGNATURE];
  let api: TTestApi;
  let subscriber: TSubscriber;

  beforeAll(async () => {
    api = await startTestApi({
      isLogEnabled: true,
      logLevel: "trace",
      logStream: { write: (line) => void lines.push(line) },
      webhookRetry: { baseDelayMs: 5 },
    });
    subscriber = await startSubscriber([500, 200]);
    const post = (path: string, body: URLSearchParams, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { method: "POST", body, headers });

    await fetch(`${api.url}/api-key/v1/products`, { headers: { "x-api-key": DEMO_API_KEY } });
    await fetch(`${api.url}/api-key/v1/products`, { headers: { "x-api-key": "wrong-key-also-secret" } });
    const basic = basicHeader(DEMO_BASIC_USER.username, DEMO_BASIC_USER.password);
    secrets.push(basic.slice("Basic ".length));
    await fetch(`${api.url}/basic/v1/orders`, { headers: { authorization: basic } });

    const tokenResponse = await post("/oauth2/token", new URLSearchParams({ grant_type: "client_credentials" }), {
      authorization: basicHeader("sample-service", SERVICE_SECRET),
    });
    const { access_token: accessToken } = (await tokenResponse.json()) as { access_token: string };
    secrets.push(accessToken);
    await fetch(`${api.url}/oauth2/v1/stock`, { headers: { authorization: `Bearer ${accessToken}` } });
    await fetch(`${api.url}/oauth2/v1/stock`, { headers: { authorization: `Bearer ${accessToken}tampered` } });

    const verifier = randomBytes(32).toString("base64url");
    secrets.push(verifier);
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const redirectUri = "https://global.consent.azure-apim.net/redirect";
    const redirect = await fetch(
      `${api.url}/oauth2/authorize?response_type=code&client_id=sample-connector&state=s&code_challenge=${challenge}&code_challenge_method=S256&redirect_uri=${encodeURIComponent(redirectUri)}`,
      { redirect: "manual" },
    );
    const code = new URL(redirect.headers.get("location") ?? "").searchParams.get("code") ?? "";
    secrets.push(code);
    const exchanged = await post(
      "/oauth2/token",
      new URLSearchParams({
        grant_type: "authorization_code",
        client_id: "sample-connector",
        client_secret: CONNECTOR_SECRET,
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      }),
    );
    const { refresh_token: refreshToken } = (await exchanged.json()) as { refresh_token: string };
    secrets.push(refreshToken);
    await fetch(`${api.url}/oauth2/token?refresh_token=${refreshToken}&code=${code}`, { method: "POST" });

    const headers = { "x-api-key": DEMO_API_KEY, "content-type": "application/json" };
    await fetch(`${api.url}/api-key/v1/webhooks/order-created`, {
      method: "POST",
      headers,
      body: JSON.stringify({ callbackUrl: `${subscriber.url}?sig=${CALLBACK_SIGNATURE}` }),
    });
    await fetch(`${api.url}/api-key/v1/orders`, {
      method: "POST",
      headers,
      body: JSON.stringify({ customerName: "Log", customerEmail: "log@example.com", lines: [{ productId: "prd-0002", quantity: 1 }] }),
    });
    await subscriber.waitForCount(2);
    for (let i = 0; i < 100 && !lines.some((line) => line.includes("webhook delivered")); i++) await new Promise((r) => setTimeout(r, 10));
  });
  afterAll(async () => {
    await api.close();
    await subscriber.close();
  });

  it("record the requests, the refusals and the webhook deliveries", () => {
    const text = lines.join("");
    expect(text).toContain('"url":"/api-key/v1/products"');
    expect(text).toContain("The API key in the X-API-Key header is not valid");
    expect(text).toContain("will retry");
    expect(text).toContain("webhook delivered");
  });

  it("show credential headers only as [redacted]", () => {
    const withHeaders = lines.filter((line) => line.includes('"authorization"') || line.includes('"x-api-key"'));
    expect(withHeaders.length).toBeGreaterThan(3);
    for (const line of withHeaders) expect(line).toMatch(/"(authorization|x-api-key)":"\[redacted\]"/);
  });

  it("never contain a secret: keys, passwords, client secrets, tokens, codes, PKCE verifiers or callback signatures", () => {
    const text = lines.join("");
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8);
      expect(text.includes(secret), `a secret starting ${secret.slice(0, 4)} is in the logs`).toBe(false);
    }
  });
});
