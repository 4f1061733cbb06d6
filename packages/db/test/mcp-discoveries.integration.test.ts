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
    expect(await findToolsAddedSinceApproval(db, connectorId)).toEqual({ requestId: request.id, decidedAt, added: ["delete_everything"] });
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
