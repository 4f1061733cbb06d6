import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalTokenAuthority, DEMO_API_KEY, DEMO_BASIC_USER } from "../src/index.ts";
import { basicHeader, fetchClientCredentialsToken, startTestApi, type TTestApi } from "./support/start-api.ts";

let api: TTestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api.close());

async function getProducts(variant: string, headers: Record<string, string>): Promise<{ status: number; message: string; challenge: string | null }> {
  const response = await fetch(`${api.url}/${variant}/v1/products`, { headers });
  const body = (await response.json()) as { error?: { message: string } };
  return { status: response.status, message: body.error?.message ?? "", challenge: response.headers.get("www-authenticate") };
}

describe("API key variant", () => {
  it("refuses a request without a key and says which header to send", async () => {
    const result = await getProducts("api-key", {});
    expect(result).toMatchObject({ status: 401 });
    expect(result.message).toMatch(/X-API-Key header/);
  });
  it("refuses a wrong key", async () => {
    const result = await getProducts("api-key", { "x-api-key": `${DEMO_API_KEY}x` });
    expect(result.status).toBe(401);
    expect(result.message).toMatch(/not valid/);
  });
  it("accepts the demo key", async () => {
    expect((await getProducts("api-key", { "x-api-key": DEMO_API_KEY })).status).toBe(200);
  });
  it("does not accept another variant's credentials", async () => {
    expect((await getProducts("api-key", { authorization: basicHeader(DEMO_BASIC_USER.username, DEMO_BASIC_USER.password) })).status).toBe(401);
  });
});

describe("Basic variant", () => {
  it("asks for credentials with a Basic challenge", async () => {
    const result = await getProducts("basic", {});
    expect(result.status).toBe(401);
    expect(result.challenge).toMatch(/^Basic realm=/);
    expect(result.message).toMatch(/Basic credentials/);
  });
  it("refuses a wrong password and a malformed header with different advice", async () => {
    const wrong = await getProducts("basic", { authorization: basicHeader(DEMO_BASIC_USER.username, "nope") });
    expect(wrong.status).toBe(401);
    expect(wrong.message).toMatch(/user name or password is wrong/);
    const malformed = await getProducts("basic", { authorization: "Basic !!!" });
    expect(malformed.status).toBe(401);
    expect(malformed.message).toMatch(/base64 of username:password/);
  });
  it("accepts the demo user", async () => {
    expect((await getProducts("basic", { authorization: basicHeader(DEMO_BASIC_USER.username, DEMO_BASIC_USER.password) })).status).toBe(200);
  });
});

describe("OAuth 2.0 variant", () => {
  it("asks for a bearer token and refuses a forged one", async () => {
    const missing = await getProducts("oauth2", {});
    expect(missing.status).toBe(401);
    expect(missing.challenge).toMatch(/^Bearer/);
    const foreign = await createLocalTokenAuthority().issueAccessToken({ subject: "x", clientId: "x", scopes: ["inventory.read"] }, 60);
    const forged = await getProducts("oauth2", { authorization: `Bearer ${foreign}` });
    expect(forged.status).toBe(401);
    expect(forged.message).toMatch(/get a new access token/);
  });

  it("issues client-credentials tokens only for the right secret", async () => {
    const wrong = await fetch(`${api.url}/oauth2/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: "sample-service", client_secret: "guess" }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: "invalid_client" });
    const token = await fetchClientCredentialsToken(api.url);
    expect((await getProducts("oauth2", { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it("enforces scopes: a read-only token cannot create", async () => {
    const token = await fetchClientCredentialsToken(api.url, "inventory.read");
    const response = await fetch(`${api.url}/oauth2/v1/products`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ sku: "RO-1", name: "Read only", category: "office", unitPrice: 1 }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/inventory.write/);
  });

  it("runs the authorization-code flow with PKCE and rotates refresh tokens", async () => {
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const redirectUri = "http://127.0.0.1:5555/callback";
    const authorize = new URL(`${api.url}/oauth2/authorize`);
    for (const [key, value] of Object.entries({
      response_type: "code",
      client_id: "sample-public",
      redirect_uri: redirectUri,
      state: "xyz",
      code_challenge: challenge,
      code_challenge_method: "S256",
    }))
      authorize.searchParams.set(key, value);
    const redirect = await fetch(authorize, { redirect: "manual" });
    expect(redirect.status).toBe(302);
    const target = new URL(redirect.headers.get("location") ?? "");
    expect(`${target.origin}${target.pathname}`).toBe(redirectUri);
    expect(target.searchParams.get("state")).toBe("xyz");
    const code = target.searchParams.get("code") ?? "";

    const exchange = (codeVerifier: string) =>
      fetch(`${api.url}/oauth2/token`, {
        method: "POST",
        body: new URLSearchParams({
          grant_type: "authorization_code",
          client_id: "sample-public",
          code,
          redirect_uri: redirectUri,
          code_verifier: codeVerifier,
        }),
      });
    const badVerifier = await exchange(randomBytes(32).toString("base64url"));
    expect(badVerifier.status).toBe(400);
    expect(await badVerifier.json()).toMatchObject({ error: "invalid_grant" });

    // The failed try used the code up, as RFC 6749 asks; a fresh sign-in is needed.
    const second = await fetch(authorize, { redirect: "manual" });
    const freshCode = new URL(second.headers.get("location") ?? "").searchParams.get("code") ?? "";
    const good = await fetch(`${api.url}/oauth2/token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "authorization_code",
        client_id: "sample-public",
        code: freshCode,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      }),
    });
    expect(good.status).toBe(200);
    const tokens = (await good.json()) as { access_token: string; refresh_token: string; token_type: string };
    expect(tokens.token_type).toBe("Bearer");
    expect((await getProducts("oauth2", { authorization: `Bearer ${tokens.access_token}` })).status).toBe(200);

    const refresh = () =>
      fetch(`${api.url}/oauth2/token`, {
        method: "POST",
        body: new URLSearchParams({ grant_type: "refresh_token", client_id: "sample-public", refresh_token: tokens.refresh_token }),
      });
    expect((await refresh()).status).toBe(200);
    expect((await refresh()).status).toBe(400);
  });

  it("sends PKCE-less public clients back with an error, and refuses unknown redirect URIs outright", async () => {
    const noPkce = await fetch(
      `${api.url}/oauth2/authorize?response_type=code&client_id=sample-public&redirect_uri=${encodeURIComponent("http://localhost:9999/cb")}`,
      { redirect: "manual" },
    );
    expect(noPkce.status).toBe(302);
    expect(new URL(noPkce.headers.get("location") ?? "").searchParams.get("error")).toBe("invalid_request");
    const evil = await fetch(
      `${api.url}/oauth2/authorize?response_type=code&client_id=sample-connector&redirect_uri=${encodeURIComponent("https://evil.example.com/cb")}`,
      { redirect: "manual" },
    );
    expect(evil.status).toBe(400);
    expect(((await evil.json()) as { error: { message: string } }).error.message).toMatch(/redirect_uri/);
  });
});

describe("token endpoint input", () => {
  it("answers malformed client credentials with invalid_client, not a server error", async () => {
    const response = await fetch(`${api.url}/oauth2/token`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from("sample-service:%E0%A4%A").toString("base64")}` },
      body: new URLSearchParams({ grant_type: "client_credentials" }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_client", error_description: expect.stringMatching(/URL-encoded/) });
  });

  it("names the supported grant types when given another", async () => {
    const response = await fetch(`${api.url}/oauth2/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "password", client_id: "sample-service", client_secret: "sample-service-demo-secret" }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: "unsupported_grant_type",
      error_description: expect.stringMatching(/client_credentials, authorization_code or refresh_token/),
    });
  });
});
