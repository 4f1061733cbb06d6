import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { LOCAL_TENANT_ID, PERSONAS } from "@connector-hub/db/personas";
import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalProvider, type RunningLocalProvider } from "../src/index.ts";
import { ensureCertificate } from "../src/ensure-certificate.ts";

const port = 34_000 + Math.floor(Math.random() * 1000);
const redirectUri = "http://127.0.0.1:3999/auth/callback";
const client = {
  clientId: "hub-test",
  clientSecret: randomBytes(24).toString("hex"),
  redirectUris: [redirectUri],
  postLogoutRedirectUris: ["http://127.0.0.1:3999/"],
};
const certDir = mkdtempSync(path.join(tmpdir(), "hub-oidc-"));
let provider: RunningLocalProvider;
let ca: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(url: string, options: { method?: string; body?: string; cookies?: string[]; trust?: boolean } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (options.cookies?.length) headers.cookie = options.cookies.join("; ");
    if (options.body) headers["content-type"] = "application/x-www-form-urlencoded";
    const req = request(url, { method: options.method ?? "GET", headers, ...(options.trust === false ? {} : { ca }) }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const cookieJar = (jar: Map<string, string>, reply: Reply) => {
  for (const c of (reply.headers["set-cookie"] as string[] | undefined) ?? []) {
    const [pair] = c.split(";");
    const [name, ...value] = (pair ?? "").split("=");
    if (name) jar.set(name, value.join("="));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`);
};

/** Walks the authorization code flow as a browser would, picking `oid` on the persona page; returns the ID token claims. */
async function signIn(oid: string) {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const nonce = randomBytes(16).toString("hex");
  const auth = new URL(`${provider.issuer}/auth`);
  for (const [k, v] of Object.entries({
    client_id: client.clientId,
    response_type: "code",
    scope: "openid profile email",
    redirect_uri: redirectUri,
    state: "s-123",
    nonce,
    code_challenge: challenge,
    code_challenge_method: "S256",
  }))
    auth.searchParams.set(k, v);
  const jar = new Map<string, string>();
  let reply = await call(auth.toString());
  let location = reply.headers.location as string;
  const interaction = new URL(location, provider.issuer).toString();
  reply = await call(interaction, { cookies: cookieJar(jar, reply) });
  const picker = reply.body;
  reply = await call(`${interaction}/login`, { method: "POST", body: `oid=${encodeURIComponent(oid)}`, cookies: cookieJar(jar, reply) });
  // Follow the provider's redirects until it sends the browser back to the hub with a code.
  for (let i = 0; i < 6 && !String(reply.headers.location ?? "").startsWith(redirectUri); i++) {
    location = new URL(reply.headers.location as string, provider.issuer).toString();
    reply = await call(location, { cookies: cookieJar(jar, reply) });
  }
  const back = new URL(reply.headers.location as string);
  const token = await call(`${provider.issuer}/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: back.searchParams.get("code") ?? "",
      redirect_uri: redirectUri,
      code_verifier: verifier,
      client_id: client.clientId,
      client_secret: client.clientSecret,
    }).toString(),
  });
  const idToken = (JSON.parse(token.body) as { id_token: string }).id_token;
  return { picker, state: back.searchParams.get("state"), claims: decodeJwt(idToken), nonce };
}

beforeAll(async () => {
  provider = await startLocalProvider({ port, certDir, client });
  ca = ensureCertificate({ dir: certDir }).cert;
});
afterAll(async () => {
  await provider?.close();
  rmSync(certDir, { recursive: true, force: true });
});

describe("the local OpenID provider", () => {
  it("serves discovery over HTTPS that verifies only with the generated certificate", async () => {
    const reply = await call(`${provider.issuer}/.well-known/openid-configuration`);
    expect(reply.status).toBe(200);
    const meta = JSON.parse(reply.body) as Record<string, unknown>;
    expect(meta.issuer).toBe(provider.issuer);
    expect(meta.code_challenge_methods_supported).toEqual(["S256"]);
    expect(meta.end_session_endpoint).toBeTruthy();
    await expect(call(`${provider.issuer}/.well-known/openid-configuration`, { trust: false })).rejects.toThrow(/certificate/i);
  });

  it("reuses the certificate on the next start instead of making a new one", () => {
    expect(ensureCertificate({ dir: certDir }).cert).toBe(ca);
  });

  it("signs in the picked persona with Entra-shaped claims: oid, tenant, roles and groups", async () => {
    const admin = PERSONAS.find((p) => p.key === "admin")!;
    const { picker, state, claims, nonce } = await signIn(admin.oid);
    for (const p of PERSONAS) expect(picker).toContain(p.displayName);
    expect(state).toBe("s-123");
    expect(claims).toMatchObject({
      iss: provider.issuer,
      aud: client.clientId,
      oid: admin.oid,
      sub: admin.oid,
      tid: LOCAL_TENANT_ID,
      roles: ["Hub.Admin"],
      preferred_username: admin.upn,
      nonce,
    });
  });

  it("puts the builder's group memberships in the groups claim", async () => {
    const builder = PERSONAS.find((p) => p.key === "builder")!;
    const { claims } = await signIn(builder.oid);
    expect(claims.roles).toEqual([]);
    expect(claims.groups).toEqual(["0f1e2d3c-0000-4000-8000-0000000f0001"]);
  });

  it("refuses an authorization request without PKCE", async () => {
    const auth = new URL(`${provider.issuer}/auth`);
    for (const [k, v] of Object.entries({
      client_id: client.clientId,
      response_type: "code",
      scope: "openid",
      redirect_uri: redirectUri,
      state: "x",
      nonce: "n",
    }))
      auth.searchParams.set(k, v);
    const reply = await call(auth.toString());
    expect(reply.status).toBe(303);
    expect(String(reply.headers.location)).toMatch(/error=invalid_request/);
  });

  it("refuses an account that is not one of the seeded personas", async () => {
    const auth = new URL(`${provider.issuer}/auth`);
    for (const [k, v] of Object.entries({
      client_id: client.clientId,
      response_type: "code",
      scope: "openid",
      redirect_uri: redirectUri,
      state: "x",
      nonce: "n",
      code_challenge: "a".repeat(43),
      code_challenge_method: "S256",
    }))
      auth.searchParams.set(k, v);
    const jar = new Map<string, string>();
    let reply = await call(auth.toString());
    const interaction = new URL(reply.headers.location as string, provider.issuer).toString();
    reply = await call(interaction, { cookies: cookieJar(jar, reply) });
    reply = await call(`${interaction}/login`, { method: "POST", body: "oid=someone-else", cookies: cookieJar(jar, reply) });
    expect(reply.status).toBe(400);
    expect(reply.body).toContain("Pick one of the listed accounts");
  });
});
