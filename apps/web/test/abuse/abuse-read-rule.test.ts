// Abuse: what a stranger or a leaked token reads (issue 16). Against the real hub over HTTP. Before: anonymous callers
// read ORGANIZATION connectors (API, page, definition, paconn zip, versions); a validate-only token sent as Bearer got
// administrators' pages; and 200/403 against 404 told a maker which private slugs exist.
import { createApiToken } from "@connector-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRealHub, type RealHub } from "../support/real-hub.ts";

let hub: RealHub;
beforeAll(async () => {
  hub = await startRealHub();
}, 900_000);
afterAll(() => hub?.stop());

/** Every way to read one connector, as a path. */
const readsOf = (slug: string) => [
  `/api/v1/connectors/${slug}`,
  `/api/v1/connectors/${slug}/definition`,
  `/api/v1/connectors/${slug}/definition?format=paconn`,
  `/api/v1/connectors/${slug}/versions/1`,
  `/api/v1/connectors/${slug}/icon`,
  `/connectors/${slug}`,
  `/connectors/${slug}/test`,
];

describe("an anonymous caller", () => {
  it("gets 404 for an ORGANIZATION connector everywhere it could be read, as for a slug nobody uses", async () => {
    for (const path of readsOf("contoso-invoices")) {
      expect([path, (await hub.get(path)).status]).toEqual([path, 404]);
    }
    for (const path of readsOf("no-such-connector")) expect([path, (await hub.get(path)).status]).toEqual([path, 404]);
  });

  it("does not find ORGANIZATION connectors in the catalog (API or page), and still finds the PUBLIC ones", async () => {
    const listed = (await (await hub.get("/api/v1/connectors?limit=100")).json()) as { items: { slug: string; scope: string }[] };
    expect(listed.items.map((i) => i.scope).filter((s) => s !== "PUBLIC")).toEqual([]);
    expect(listed.items.map((i) => i.slug)).toContain("public-holidays");
    // Searched for, as the 29 public real connectors fill the first page before it in title order.
    expect(await (await hub.get("/?q=holidays")).text()).toContain("Public Holidays");
    for (const path of ["/", "/?q=invoices"]) {
      const catalog = await (await hub.get(path)).text();
      expect(catalog).not.toContain("Contoso Invoices");
      expect(catalog).not.toContain("invoices.contoso.example");
    }
  });

  it("reads a PUBLIC connector in every form", async () => {
    for (const path of readsOf("public-holidays")) expect([path, (await hub.get(path)).status]).toEqual([path, 200]);
  });

  it("gets 404 from a test call of a connector it may not read", async () => {
    const response = await hub.send("POST", "/api/v1/test-calls", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ connector: "contoso-invoices", operationId: "ListInvoices" }),
    });
    expect(response.status).toBe(404);
  });

  it("signed in, the same person reads the ORGANIZATION connector", async () => {
    const cookie = await hub.signIn("builder");
    expect((await hub.get("/api/v1/connectors/contoso-invoices", { cookie })).status).toBe(200);
    expect((await hub.get("/connectors/contoso-invoices", { cookie })).status).toBe(200);
  });
});

describe("an API token presented to a page", () => {
  it("never gets the page, whatever its scopes: pages take the session cookie only", async () => {
    const ada = hub.seeded.users.admin!;
    const validateOnly = await createApiToken(hub.db, { userId: ada.id, input: { name: "validate only", scopes: ["validate"] } });
    const everything = await createApiToken(hub.db, {
      userId: ada.id,
      input: { name: "all scopes", scopes: ["validate", "connectors:read", "connectors:write"] },
    });
    for (const token of [validateOnly.secret, everything.secret]) {
      const bearer = { authorization: `Bearer ${token}` };
      const audit = await hub.get("/admin/audit", bearer);
      expect(await audit.text()).not.toContain(">Audit log</h1>");
      // Signed out, the dashboard says what to sign in for, with a link that comes back (as every personal page does).
      const governance = await (await hub.get("/governance", bearer)).text();
      expect(governance).not.toContain(">Governance</h1>");
      expect(governance).toContain('href="/auth/sign-in?returnTo=%2Fgovernance"');
      expect(await (await hub.get("/admin/licences", bearer)).text()).not.toContain(">Licences</h1>");
      // Ada may read every connector, but her token does not make a page visitor of anyone.
      expect((await hub.get("/connectors/northwind-erp", bearer)).status).toBe(404);
    }
    // The API still takes the token for what its scope allows.
    expect((await hub.get("/api/v1/connectors/northwind-erp", { authorization: `Bearer ${everything.secret}` })).status).toBe(200);
  });
});

describe("a signed-in maker probing another maker's private connector", () => {
  it("gets the same 404 as for a slug nobody uses, on every route that names it", async () => {
    const cookie = await hub.signIn("maker2");
    const json = { cookie, "content-type": "application/json" };
    const definition = JSON.stringify({
      swagger: "2.0",
      info: { title: "Probe", description: "Probing.", version: "1.0" },
      host: "probe.example",
      basePath: "/",
      schemes: ["https"],
      paths: { "/x": { get: { operationId: "GetX", summary: "Get x", description: "Gets x.", responses: { "200": { description: "ok" } } } } },
    });
    const probes = (slug: string) => [
      () => hub.get(`/api/v1/eligibility?connector=${slug}`, { cookie }),
      () => hub.get(`/connectors/${slug}/share`, { cookie }),
      () => hub.send("POST", `/api/v1/connectors/${slug}/versions`, { headers: json, body: definition }),
      () => hub.send("POST", "/api/v1/test-calls", { headers: json, body: JSON.stringify({ connector: slug, operationId: "ListOrders" }) }),
      () =>
        hub.send("POST", "/api/v1/sharing-requests/preview", {
          headers: json,
          body: JSON.stringify({ connectorSlug: slug, target: { scope: "ORGANIZATION" } }),
        }),
      ...readsOf(slug).map((path) => () => hub.get(path, { cookie })),
    ];
    const [mine, missing] = [probes("northwind-erp"), probes("no-such-connector")];
    for (let i = 0; i < mine.length; i++) {
      const [a, b] = [await mine[i]!(), await missing[i]!()];
      expect([a.url, a.status]).toEqual([a.url, b.status]);
      expect(a.status).toBe(404);
    }
  });
});
