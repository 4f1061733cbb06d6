import { describe, expect, it } from "vitest";
import { buildHubOpenApi } from "../app/api/v1/swagger.json/hub-openapi.ts";
import { answerValidator } from "./support/openapi-answers.ts";

// The check the authorization matrix applies to every answer of its run, on answers whose shape is known.
const page = {
  items: [
    {
      id: "c1",
      slug: "contoso-invoices",
      title: "Contoso Invoices",
      description: "Invoices.",
      publisher: "Contoso",
      host: "api.contoso.com",
      brandColor: "#0078d4",
      hasIcon: false,
      authType: "OAUTH2",
      hosting: "CLOUD",
      scope: "ORGANIZATION",
      lifecycle: "PUBLISHED",
      kind: "REST",
      isSample: false,
      actionCount: 3,
      triggerCount: 1,
      errorCount: 0,
      warningCount: 2,
      updatedAt: "2026-01-01T00:00:00.000Z",
    },
  ],
  total: 1,
  nextCursor: null,
  facets: { auth: [{ value: "OAUTH2", count: 1 }], hosting: [], scope: [], lifecycle: [], kind: [{ value: "REST", count: 1 }], publisher: [], sample: [] },
};

describe("answers checked against the hub's own definition", () => {
  it("accepts a catalog page as the route answers it, null cursor included", () => {
    expect(answerValidator(buildHubOpenApi("hub.contoso.com"))({ key: "GET /api/v1/connectors", caller: "anonymous", status: 200, body: page })).toEqual({
      checked: true,
    });
  });

  it("flags a field the definition does not describe, and one it requires that is missing", () => {
    const document = buildHubOpenApi("hub.contoso.com") as { definitions: Record<string, { properties: Record<string, unknown>; required?: string[] }> };
    delete document.definitions.CatalogPage!.properties.facets;
    const check = answerValidator(document);
    expect(check({ key: "GET /api/v1/connectors", caller: "anonymous", status: 200, body: page }).problem).toMatch(/additional properties/);
    const { total: _total, ...withoutTotal } = page;
    expect(
      answerValidator(buildHubOpenApi("hub.contoso.com"))({ key: "GET /api/v1/connectors", caller: "anonymous", status: 200, body: withoutTotal }).problem,
    ).toMatch(/total/);
  });

  it("holds error answers to the Error definition and success statuses to the ones listed", () => {
    const check = answerValidator(buildHubOpenApi("hub.contoso.com"));
    expect(
      check({
        key: "GET /api/v1/connectors/[slug]",
        caller: "builder",
        status: 404,
        body: { error: { code: "NOT_FOUND", message: "No connector.", requestId: "r1" } },
      }),
    ).toEqual({ checked: true });
    expect(check({ key: "GET /api/v1/connectors/[slug]", caller: "builder", status: 404, body: { message: "No connector." } }).problem).toBeDefined();
    expect(check({ key: "GET /api/v1/connectors/[slug]", caller: "builder", status: 202, body: {} }).problem).toMatch(/lists no 202 answer/);
  });

  it("describes the impact of revoking a share as the route answers it, before any inventory sync included", () => {
    const check = answerValidator(buildHubOpenApi("hub.contoso.com"));
    const flow = {
      kind: "FLOW",
      name: "f1",
      displayName: "Daily payroll",
      environmentName: "e1",
      environmentDisplayName: "Contoso Sales",
      owner: "Maya",
      modifiedAt: "2026-11-01T08:00:00.000Z",
      state: "Started",
      operations: ["ListEmployees"],
    };
    const agent = { ...flow, kind: "AGENT", name: "b1", displayName: "HR assistant", state: "Active", operations: [] };
    const impact = {
      shareId: "s1",
      connector: { slug: "fabrikam-hr", title: "Fabrikam HR" },
      principal: { type: "GROUP", id: "g1", displayName: "Finance", permission: "CAN_VIEW" },
      scopeAfter: "USERS",
      people: [{ userId: "u1", displayName: "Bea", upn: "bea@contoso.example", flowCount: 1, appCount: 0, agentCount: 1, resources: [flow, agent] }],
      totals: { reached: 3, people: 1, flows: 1, apps: 0, agents: 1, environments: 1 },
      truncated: false,
      lastSyncedAt: "2026-12-01T08:00:00.000Z",
      summary: "1 person loses access; 1 of their flows and 1 of their agents in 1 environment stop.",
    };
    const key = "GET /api/v1/shares/[id]/revocation-impact";
    expect(check({ key, caller: "owner", status: 200, body: impact })).toEqual({ checked: true });
    expect(check({ key, caller: "owner", status: 200, body: { ...impact, people: [], lastSyncedAt: null } })).toEqual({ checked: true });
    const { summary: _summary, ...withoutSummary } = impact;
    expect(check({ key, caller: "owner", status: 200, body: withoutSummary }).problem).toMatch(/summary/);
    // An answer without the agents' count is not what the route sends (#24).
    const { agents: _agents, ...totalsWithoutAgents } = impact.totals;
    expect(check({ key, caller: "owner", status: 200, body: { ...impact, totals: totalsWithoutAgents } }).problem).toMatch(/agents/);
  });
});
