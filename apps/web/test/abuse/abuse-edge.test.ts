// The edge against the real server (production build, apps/web/server.ts, real database, sign-in through the local
// OpenID provider): open redirects after sign-in, rate limits that X-Forwarded-For cannot reset, anonymous test calls
// limited, CSRF checked against HUB_PUBLIC_URL only and skipped only for a valid Bearer token, no PUBLIC at import,
// no-store and HSTS, a formula-safe audit CSV. HUB_PUBLIC_URL is https (as behind a TLS proxy); the server is plain
// HTTP on loopback.
import { recordAuditEvent } from "@connector-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRealHub, type RealHub } from "../support/real-hub.ts";

let real: RealHub;
let makerCookie: string;
let adminCookie: string;
let makerToken: string;
const DEFINITION = JSON.stringify({
  swagger: "2.0",
  info: { title: "Abuse Orders", description: "Orders for the abuse tests.", version: "1.0" },
  host: "orders.contoso.example",
  basePath: "/",
  schemes: ["https"],
  paths: {
    "/orders": {
      get: { operationId: "ListOrders", summary: "List orders", description: "Lists the orders.", responses: { "200": { description: "The orders" } } },
    },
  },
});

beforeAll(async () => {
  // Trusts a proxy that is not in front of these tests: the loopback caller is not a trusted proxy.
  real = await startRealHub({ httpsPublicUrl: true, env: { HUB_TRUSTED_PROXIES: "10.255.255.1" } });
  makerCookie = await real.signIn("maker");
  adminCookie = await real.signIn("admin");
  makerToken = await real.token("maker", ["validate", "connectors:read", "connectors:write"]);
}, 900_000);
afterAll(() => real?.stop());

const post = (path: string, headers: Record<string, string>, body: string = DEFINITION) =>
  fetch(`${real.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body, redirect: "manual" });

describe("returnTo after sign-in", () => {
  it.each([
    "%2F%09%2Fevil.example%2Fphish",
    "%2F%5Cevil.example",
    "%2F%2Fevil.example",
    "https%3A%2F%2Fevil.example%2F",
    "javascript%3Aalert(1)",
    "%2F%0A%2Fevil.example",
  ])("returnTo=%s ends on the hub, not elsewhere", async (returnTo) => {
    const { location } = await real.signInFlow("builder", `?returnTo=${returnTo}`);
    expect(new URL(location!).origin).toBe(real.publicUrl);
  });

  it("still returns to a page of the hub", async () => {
    const { location } = await real.signInFlow("builder", `?returnTo=${encodeURIComponent("/connectors/contoso-invoices?tab=versions")}`);
    expect(location).toBe(`${real.publicUrl}/connectors/contoso-invoices?tab=versions`);
  });
});

describe("CSRF: the Origin check", () => {
  const evil = "https://evil.example";

  it("refuses a cross-site change with the session cookie, whatever non-Bearer Authorization it carries", async () => {
    for (const authorization of ["Basic Zm9vOmJhcg==", "", "Bearer", "Negotiate abc"]) {
      const reply = await post("/api/v1/validate", { cookie: makerCookie, origin: evil, authorization });
      expect(reply.status, `Authorization: ${JSON.stringify(authorization)}`).toBe(403);
      expect((await reply.json()).error.message).toMatch(/did not come from a Connector Hub page/);
    }
  });

  it("compares the Origin with HUB_PUBLIC_URL, never with Host or X-Forwarded-Host", async () => {
    const forwarded = await post("/api/v1/validate", { cookie: makerCookie, origin: "http://evil.example", "x-forwarded-host": "evil.example" });
    expect(forwarded.status).toBe(403);
    const host = await post("/api/v1/validate", { cookie: makerCookie, origin: real.url });
    expect(host.status).toBe(403);
    const ours = await post("/api/v1/validate", { cookie: makerCookie, origin: real.publicUrl });
    expect(ours.status).toBe(200);
  });

  it("lets a cross-site call through only with a valid Bearer token", async () => {
    const junk = await post("/api/v1/validate", { cookie: makerCookie, origin: evil, authorization: "Bearer hub_not-a-real-token" });
    expect(junk.status).toBe(401);
    const valid = await post("/api/v1/validate", { cookie: makerCookie, origin: evil, authorization: `Bearer ${makerToken}` });
    expect(valid.status).toBe(200);
  });
});

describe("scope at import", () => {
  it.each(["PUBLIC", "ORGANIZATION", "USERS"])("refuses scope=%s with 403 that says to request sharing; nothing is created", async (scope) => {
    const title = `Abuse ${scope} ${Date.now()}`;
    const reply = await post(`/api/v1/connectors?scope=${scope}&title=${encodeURIComponent(title)}`, { authorization: `Bearer ${makerToken}` });
    expect(reply.status).toBe(403);
    expect((await reply.json()).error.message).toMatch(/imported as a private draft.*request sharing on its Share page/);
    expect(await real.db.connector.count({ where: { title } })).toBe(0);
  });

  it("imports as a private draft, which an anonymous caller does not see", async () => {
    const reply = await post(`/api/v1/connectors?scope=PRIVATE&title=Abuse%20Private`, { authorization: `Bearer ${makerToken}` });
    expect(reply.status).toBe(201);
    const { connector } = (await reply.json()) as { connector: { slug: string; scope: string } };
    expect(connector.scope).toBe("PRIVATE");
    expect((await fetch(`${real.url}/api/v1/connectors/${connector.slug}`)).status).toBe(404);
  });
});

describe("headers", () => {
  it("sends Cache-Control: no-store on every authenticated answer, pages and API, cookie or token", async () => {
    for (const [path, headers] of [
      ["/api/v1/connectors", { cookie: makerCookie }],
      ["/api/v1/connectors", { authorization: `Bearer ${makerToken}` }],
      ["/api/v1/connectors/contoso-invoices", { cookie: makerCookie }],
      ["/api/v1/eligibility", { cookie: makerCookie }],
      ["/", { cookie: makerCookie }],
      ["/connectors/contoso-invoices", { cookie: makerCookie }],
      ["/admin/audit", { cookie: adminCookie }],
    ] as const) {
      const reply = await fetch(`${real.url}${path}`, { headers, redirect: "manual" });
      expect(reply.status, path).toBeLessThan(400);
      expect(reply.headers.get("cache-control"), `${path} ${Object.keys(headers)[0]}`).toMatch(/no-store/);
    }
  });

  it("sends no-store on anonymous API answers that depend on the viewer", async () => {
    expect((await fetch(`${real.url}/api/v1/connectors`)).headers.get("cache-control")).toMatch(/no-store/);
  });

  it("sends HSTS when HUB_PUBLIC_URL is https", async () => {
    for (const path of ["/", "/api/v1/connectors", "/api/health"]) {
      expect((await fetch(`${real.url}${path}`)).headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
    }
  });

  it("neutralises spreadsheet formulas in the audit CSV export", async () => {
    const hostile = ["=HYPERLINK(1)", "+1+1", "-2+3", "@SUM(A1:A9)", "\tTAB"];
    for (const label of hostile)
      await recordAuditEvent(real.db, { actor: { id: null, label }, action: "user.signed_in", entityType: "User", entityId: "abuse-csv" });
    const reply = await fetch(`${real.url}/api/v1/audit/export?entityId=abuse-csv`, { headers: { cookie: adminCookie } });
    expect(reply.status).toBe(200);
    const csv = await reply.text();
    for (const label of hostile) {
      // The actorLabel cell, then the action: a spreadsheet shows it as text.
      expect(csv).toContain(`,'${label},user.signed_in,`);
      expect(csv).not.toContain(`,${label},user.signed_in,`);
    }
  });
});

describe("rate limits", () => {
  it("keys anonymous validation by the socket address: new X-Forwarded-For values and a forged internal header do not reset it", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 65; i++) {
      const reply = await post("/api/v1/validate", {
        "x-forwarded-for": `198.51.100.${i}`,
        "x-real-ip": `203.0.113.${i}`,
        "x-hub-client-address": `192.0.2.${i}`,
      });
      statuses.push(reply.status);
    }
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(60)).toEqual([429, 429, 429, 429, 429]);
  });

  it("limits anonymous test calls", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const reply = await post(
        "/api/v1/test-calls",
        { "x-forwarded-for": `198.51.100.${i}` },
        JSON.stringify({ connector: "no-such-sample", operationId: "x" }),
      );
      statuses.push(reply.status);
    }
    expect(statuses.slice(0, 30).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    const refused = await post("/api/v1/test-calls", {}, JSON.stringify({ connector: "no-such-sample", operationId: "x" }));
    expect((await refused.json()).error.message).toMatch(/Too many attempts\. Wait \d+ s/);
  });
});
