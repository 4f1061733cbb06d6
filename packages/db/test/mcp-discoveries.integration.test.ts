import { randomBytes } from "node:crypto";
import { buildMcpApiProperties, buildMcpSwagger } from "@connector-hub/sample-api";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { countMcpConnectors } from "../src/dashboard/count-mcp-connectors.ts";
import { findDiscoveryAt } from "../src/mcp/find-discovery-at.ts";
import { findToolsAddedSinceApproval } from "../src/mcp/find-tools-added-since-approval.ts";
import { listMcpDiscoveries, readinessOf } from "../src/mcp/list-mcp-discoveries.ts";
import { recordMcpDiscovery } from "../src/mcp/record-mcp-discovery.ts";
import { registerSampleConnectors } from "../src/samples/register-sample-connectors.ts";
import { applySharingAction } from "../src/sharing/apply-sharing-action.ts";
import { createSharingRequest } from "../src/sharing/create-sharing-request.ts";
import type { SharingActor } from "../src/sharing/sharing-types.ts";
import { createEnvironment, createUser } from "../src/seed/factories.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 2 });
const tag = `zm${randomBytes(4).toString("hex")}`;
const ownerOid = `00000000-0000-4000-8000-${randomBytes(6).toString("hex")}`;
let connectorId = "";

const tool = (name: string, required: string[] = [], extra: Record<string, unknown> = {}) => ({
  name,
  description: `Does ${name} for the inventory; use when asked to.`,
  inputSchema: { type: "object", properties: { id: { type: "string" }, note: { type: "string" }, ...extra }, required },
});
const result = (tools: Record<string, unknown>[]) => ({
  protocolEra: "modern" as const,
  protocolVersion: "2026-07-28",
  serverName: "inventory",
  serverVersion: "1.0.0",
  tools: tools as never,
  resources: [{ uri: "inventory://stock-levels", name: "stock-levels" }] as never,
});

beforeAll(async () => {
  await createUser(db, { oid: ownerOid, roles: ["Hub.Admin"], displayName: `MCP owner ${tag}` });
  await createEnvironment(db, `env-${tag}`);
  await registerSampleConnectors(db, {
    definitions: [{ variant: `mcp-${tag}`, swagger: buildMcpSwagger({ publicUrl: "http://127.0.0.1:3001" }), apiProperties: buildMcpApiProperties() }],
    ownerOid,
  });
  connectorId = (await db.connector.findUniqueOrThrow({ where: { slug: `sample-inventory-mcp-${tag}` } })).id;
});
afterAll(() => db.$disconnect());

describe("MCP discoveries", () => {
  it("keeps each discovered list with its time, counts tools not agent-ready, and diffs the next list against it", async () => {
    const first = await recordMcpDiscovery(db, {
      connectorId,
      discoveredById: null,
      result: result([tool("list_products"), tool("find_order", [], { filter: { $ref: "#/$defs/F" } })]),
    });
    expect(first).toMatchObject({ toolCount: 2, notReadyCount: 1, isBreaking: false, changes: [] });
    await recordMcpDiscovery(db, { connectorId, discoveredById: null, result: result([tool("list_products", ["id"]), tool("create_order")]) });
    const history = await listMcpDiscoveries(db, { connectorId });
    expect(history.map((d) => [d.toolCount, d.notReadyCount, d.isBreaking])).toEqual([
      [2, 0, true],
      [2, 1, false],
    ]);
    expect((history[0]?.changes as { kind: string; tool: string }[]).map((c) => [c.kind, c.tool])).toEqual([
      ["tool-removed", "find_order"],
      ["input-required-added", "list_products"],
      ["tool-added", "create_order"],
    ]);
    expect(readinessOf(history[1]!).map((f) => [f.code, f.path])).toEqual([["McpToolSchemaRef", "/tools/1/inputSchema/properties/filter/$ref"]]);
  });

  it("pins an approved sharing decision to the tool list of its time, and names tools added since", async () => {
    const connector = await db.connector.findUniqueOrThrow({ where: { id: connectorId }, select: { ownerId: true, versions: { select: { id: true } } } });
    expect(await findToolsAddedSinceApproval(db, connectorId)).toBeNull();
    const decidedAt = new Date();
    const request = await db.sharingRequest.create({
      data: {
        connectorId,
        versionId: connector.versions[0]!.id,
        requesterId: connector.ownerId,
        targetScope: "ORGANIZATION",
        businessJustification: "Agents of the stock team use it.",
        impact: "Low",
        accessManagement: "Owner",
        dependencies: "None",
        conditionsOfUse: "Internal",
        mitigationPlan: "Revoke",
        stage: "APPROVED",
        decidedAt,
      },
    });
    expect((await findDiscoveryAt(db, { connectorId, at: decidedAt }))?.tools.map((t) => (t as { name: string }).name)).toEqual([
      "list_products",
      "create_order",
    ]);
    expect(await findToolsAddedSinceApproval(db, connectorId)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await recordMcpDiscovery(db, {
      connectorId,
      discoveredById: null,
      result: result([tool("list_products", ["id"]), tool("create_order"), tool("delete_everything")]),
    });
    expect(await findToolsAddedSinceApproval(db, connectorId)).toEqual({
      requestId: request.id,
      decidedAt,
      added: ["delete_everything"],
      openRequestId: expect.any(String),
    });
  });

  it("counts MCP connectors, their tools and those not agent-ready for the dashboard, from each one's newest discovery", async () => {
    const before = await countMcpConnectors(db);
    expect(before.connectors).toBeGreaterThanOrEqual(1);
    await recordMcpDiscovery(db, {
      connectorId,
      discoveredById: null,
      result: result([tool("list_products"), tool("create_order"), tool("delete_everything"), tool("find_order", [], { f: { $ref: "#/$defs/F" } })]),
    });
    const after = await countMcpConnectors(db);
    expect([
      after.connectors - before.connectors,
      after.discovered - before.discovered,
      after.tools - before.tools,
      after.notAgentReady - before.notAgentReady,
    ]).toEqual([0, 0, 1, 1]);
  });

  it("goes with its connector", async () => {
    await db.connector.delete({ where: { id: connectorId } });
    expect(await db.mcpDiscovery.count({ where: { connectorId } })).toBe(0);
  });
});

describe("A new MCP tool reopens the sharing review", () => {
  const makerOid = `00000000-0000-4000-8000-${randomBytes(6).toString("hex")}`;
  let maker: SharingActor;
  let reviewer: SharingActor;
  let id = "";
  let approvedId = "";
  let reopenedId = "";
  const toolsOf = (...names: string[]) => result(names.map((n) => tool(n)));
  const requestsOf = () => db.sharingRequest.findMany({ where: { connectorId: id }, orderBy: { createdAt: "asc" }, include: { steps: true } });
  const discover = (...names: string[]) => recordMcpDiscovery(db, { connectorId: id, discoveredById: maker.id, result: toolsOf(...names) });
  const later = () => new Promise((resolve) => setTimeout(resolve, 5));
  async function decide(requestId: string) {
    for (const action of ["start_maker_checks", "complete_maker_checks", "complete_risk_assessment", "approve"])
      await applySharingAction(db, { requestId, input: { action }, actor: reviewer });
  }

  beforeAll(async () => {
    const m = await createUser(db, { oid: makerOid, roles: ["Hub.Maker"], displayName: `MCP maker ${tag}`, upn: `mcp-maker-${tag}@contoso.example` });
    const a = await createUser(db, { roles: ["Hub.Admin"], displayName: `MCP reviewer ${tag}` });
    maker = { id: m.id, roles: m.roles, label: m.displayName };
    reviewer = { id: a.id, roles: a.roles, label: a.displayName };
    await registerSampleConnectors(db, {
      // On a public https host: the definition passes the gates (a loopback endpoint is a validation error).
      definitions: [
        { variant: `mcp-rev-${tag}`, swagger: buildMcpSwagger({ publicUrl: "https://inventory.contoso.example" }), apiProperties: buildMcpApiProperties() },
      ],
      ownerOid: makerOid,
    });
    id = (await db.connector.findUniqueOrThrow({ where: { slug: `sample-inventory-mcp-rev-${tag}` } })).id;
  });

  it("approves sharing after a discovery; a discovery with an added tool opens exactly one request, with the note, the audit entry and the notification", async () => {
    expect((await discover("list_products", "create_order")).reopened).toBeNull();
    const { request } = await createSharingRequest(db, {
      input: {
        connectorSlug: `sample-inventory-mcp-rev-${tag}`,
        target: { scope: "ORGANIZATION" },
        supportDetails: { businessJustification: "Stock agents use it.", conditionsOfUse: "Internal use only" },
        riskAccepted: true,
      },
      actor: maker,
    });
    approvedId = request.id;
    await decide(approvedId);
    const approved = await db.sharingRequest.findUniqueOrThrow({ where: { id: approvedId } });
    const before = await db.connector.findUniqueOrThrow({
      where: { id },
      select: { sharedVersionId: true, scope: true, _count: { select: { shares: true } } },
    });
    await later();

    const stored = await discover("list_products", "create_order", "delete_everything");
    expect(stored.reopened).toMatchObject({ added: ["delete_everything"], reopenedFromId: approvedId });
    const requests = await requestsOf();
    expect(requests.map((r) => r.stage)).toEqual(["APPROVED", "SUBMITTED"]);
    const reopened = requests[1]!;
    reopenedId = reopened.id;
    expect(reopened).toMatchObject({
      requesterId: maker.id,
      targetScope: "ORGANIZATION",
      versionId: approved.versionId,
      businessJustification: "Stock agents use it.",
      decidedAt: null,
    });
    expect(reopened.steps).toHaveLength(1);
    expect(reopened.steps[0]!.note).toBe(
      `Reopened for review: tool delete_everything appeared after the decision of ${approved.decidedAt!.toISOString().slice(0, 10)}. ` +
        "People keep version 1 as shared now until this request is decided.",
    );
    const audit = await db.auditEvent.findMany({ where: { entityId: reopened.id } });
    expect(audit.map((e) => [e.action, e.actorLabel])).toEqual([["sharing_request.reopened", `MCP maker ${tag} (mcp-maker-${tag}@contoso.example)`]]);
    expect(audit[0]!.after).toMatchObject({ addedTools: ["delete_everything"], reopenedFrom: approvedId, stage: "SUBMITTED", scope: "ORGANIZATION" });
    const told = await db.notification.findMany({ where: { link: `/requests/${reopened.id}` }, select: { userId: true, message: true } });
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([reviewer.id, maker.id]));
    expect(told[0]!.message).toContain("delete_everything appeared");
    // People keep what the first decision gave them until the new one.
    expect(
      await db.connector.findUniqueOrThrow({ where: { id }, select: { sharedVersionId: true, scope: true, _count: { select: { shares: true } } } }),
    ).toEqual(before);
    expect(await findToolsAddedSinceApproval(db, id)).toMatchObject({ requestId: approvedId, added: ["delete_everything"], openRequestId: reopened.id });
  });

  it("opens no second request when the same list is discovered again", async () => {
    await later();
    expect((await discover("list_products", "create_order", "delete_everything")).reopened).toBeNull();
    expect((await requestsOf()).map((r) => r.stage)).toEqual(["APPROVED", "SUBMITTED"]);
  });

  it("once the reopened request is approved, neither the same list nor a list with a tool removed reopens it", async () => {
    await decide(reopenedId);
    expect(await findToolsAddedSinceApproval(db, id)).toBeNull();
    await later();
    expect((await discover("list_products", "create_order", "delete_everything")).reopened).toBeNull();
    expect((await discover("list_products", "delete_everything")).reopened).toBeNull();
    expect((await requestsOf()).map((r) => r.stage)).toEqual(["APPROVED", "APPROVED"]);
    expect(await db.auditEvent.count({ where: { action: "sharing_request.reopened", entityId: { in: [approvedId, reopenedId] } } })).toBe(1);
  });

  it("a tool removed and listed again, which the last approval covered, reopens nothing", async () => {
    await later();
    expect((await discover("list_products", "create_order", "delete_everything")).reopened).toBeNull();
    expect(await db.sharingRequest.count({ where: { connectorId: id } })).toBe(2);
  });

  it("two discoveries at once that both find a new tool reopen the review once, and both are kept", async () => {
    await later();
    const before = await db.mcpDiscovery.count({ where: { connectorId: id } });
    const both = await Promise.all([
      discover("list_products", "create_order", "delete_everything", "export_stock"),
      discover("list_products", "create_order", "delete_everything", "export_stock"),
    ]);
    expect(both.filter((d) => d.reopened).map((d) => d.reopened!.added)).toEqual([["export_stock"]]);
    expect((await requestsOf()).map((r) => r.stage)).toEqual(["APPROVED", "APPROVED", "SUBMITTED"]);
    expect(await db.mcpDiscovery.count({ where: { connectorId: id } })).toBe(before + 2);
  });
});
