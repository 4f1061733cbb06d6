import { randomBytes } from "node:crypto";
import { addConnectorVersion, AppError, assessBreakingImpact, createConnector, createDb, getConnectorUsage, previewDlpPolicy } from "@connector-hub/db";
import { PERSONAS } from "@connector-hub/db/personas";
import { createEnvironment, createUser } from "@connector-hub/db/seed";
import { diffDefinitions } from "@connector-hub/definitions";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ordersDefinition } from "../src/stand-in/build-synthetic-tenant.ts";
import { buildContosoTenant } from "./contoso-tenant.ts";
import { resetInventory, startHarness, type Harness } from "./harness.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 4 });
const tag = randomBytes(3).toString("hex");
let h: Harness;
let connectorId = "";
const slug = `contoso-orders-${tag}`;
const users: Record<string, { id: string; label: string; roles: string[] }> = {};

const withoutDeleteOrder = () => {
  const d = ordersDefinition("Contoso Orders", "orders.contoso.example") as { paths: Record<string, Record<string, unknown>> };
  delete d.paths["/orders/{id}"]!.delete;
  return d;
};
const upload = (definition: unknown, acknowledgement?: { reason: string }) =>
  addConnectorVersion(db, {
    slug,
    source: { content: JSON.stringify(definition, null, 2), fileName: "apiDefinition.swagger.json" },
    actor: users.maya!,
    ...(acknowledgement ? { acknowledgement } : {}),
  });

beforeAll(async () => {
  await resetInventory(db);
  for (const p of PERSONAS.slice(0, 3)) {
    const existing = await db.user.findFirst({ where: { oid: p.oid } });
    const u = existing ?? (await createUser(db, { oid: p.oid, displayName: p.displayName, upn: p.upn, roles: p.roles }));
    users[p.key === "maker" ? "maya" : p.key === "maker2" ? "omar" : "bea"] = { id: u.id, label: p.displayName, roles: p.roles };
  }
  const env = await createEnvironment(db, `impact-${tag}`);
  const definition = ordersDefinition("Contoso Orders", "orders.contoso.example");
  const created = await createConnector(db, {
    slug,
    title: "Contoso Orders",
    ownerId: users.maya!.id,
    environmentId: env.id,
    sourceFormat: "OPENAPI_JSON",
    sourceText: JSON.stringify(definition, null, 2),
    definition,
    actor: { id: users.maya!.id, label: "Maya Maker" },
  });
  connectorId = created.id;
  h = await startHarness(db, buildContosoTenant());
  await h.sync();
});
afterAll(async () => {
  await h?.close();
  await db.$disconnect();
});

describe("usage and impact of a catalog connector", () => {
  it("Used by: the copies in two environments are matched by host and title; apps, flows and agents per environment, per-operation counts", async () => {
    const usage = await getConnectorUsage(db, {
      connectorId,
      operationIds: ["ListOrders", "CreateOrder", "GetOrder", "UpdateOrder", "DeleteOrder", "OnOrderCreated"],
    });
    expect(usage.copies.map((c) => c.environmentDisplayName)).toEqual(["Contoso (default)", "Sales"]);
    expect(usage.totals).toEqual({ apps: 2, flows: 8, agents: 2, owners: 4, environments: 2 });
    // Agents reach the connector through connection references (Lab's agent is not read: its Dataverse refuses the sync).
    expect(usage.environments.map((e) => [e.displayName, e.agents.map((a) => `${a.displayName} (${a.owner}, ${a.state})`)])).toEqual([
      ["Contoso (default)", ["Order assistant (Omar Owens, Active)"]],
      ["Sales", ["Sales copilot (Zed Zhou, Active)"]],
    ]);
    expect(usage.environments.map((e) => [e.displayName, e.apps.map((a) => a.displayName), e.flows.map((f) => `${f.displayName} (${f.owner})`)])).toEqual([
      [
        "Contoso (default)",
        ["Order desk"],
        ["Flow 1 (Maya Maker)", "Flow 2 (Omar Owens)", "Flow 3 (Maya Maker)", "Flow 4 (Omar Owens)", "Flow 5 (Bea Builder)"],
      ],
      ["Sales", ["Sales orders"], ["Flow 6 (Bea Builder)", "Flow 7 (Zed Zhou)", "Flow 8 (Omar Owens)"]],
    ]);
    expect(usage.operations).toEqual([
      { operationId: "ListOrders", flowCount: 2, isUnused: false },
      { operationId: "CreateOrder", flowCount: 0, isUnused: true },
      { operationId: "GetOrder", flowCount: 1, isUnused: false },
      { operationId: "UpdateOrder", flowCount: 0, isUnused: true },
      { operationId: "DeleteOrder", flowCount: 5, isUnused: false },
      { operationId: "OnOrderCreated", flowCount: 1, isUnused: false },
    ]);
  });

  it("breaking-change check names the flows, owners and environments a removed operation reaches", async () => {
    const diff = diffDefinitions(ordersDefinition("Contoso Orders", "orders.contoso.example"), withoutDeleteOrder());
    const [impact, ...rest] = await assessBreakingImpact(db, { connectorId, changes: diff.changes });
    expect(rest).toEqual([]);
    expect(impact!.summary).toBe("DeleteOrder removed: 5 flows of 4 owners in 2 environments");
    expect(impact!.owners.map((o) => `${o.label} ${o.flowCount}`)).toEqual(["Bea Builder 2", "Maya Maker 1", "Omar Owens 1", "Zed Zhou 1"]);
    const hostMoved = diffDefinitions(
      ordersDefinition("Contoso Orders", "orders.contoso.example"),
      ordersDefinition("Contoso Orders", "orders2.contoso.example"),
    );
    expect((await assessBreakingImpact(db, { connectorId, changes: hostMoved.changes })).map((i) => i.summary)).toEqual([
      "Connection: host changed: 8 flows of 4 owners in 2 environments",
    ]);
  });

  it("a version whose breaking changes reach flows is refused without an acknowledgement, and nothing is written", async () => {
    const error = await upload(withoutDeleteOrder()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("ACKNOWLEDGEMENT_REQUIRED");
    expect((error as AppError).message).toContain("DeleteOrder removed: 5 flows of 4 owners in 2 environments");
    expect(await db.connectorVersion.count({ where: { connectorId } })).toBe(1);
    await expect(upload(withoutDeleteOrder(), { reason: "ok" })).rejects.toThrow(/at least 10 characters/);
  });

  it("acknowledged: the version is saved, the audit log has the reason and the impact, the owners who use the hub are notified", async () => {
    const result = await upload(withoutDeleteOrder(), { reason: "DeleteOrder moves to the v2 API; owners were told in the CAB." });
    expect(result.version.number).toBe(2);
    expect(result.impacts.map((i) => i.summary)).toEqual(["DeleteOrder removed: 5 flows of 4 owners in 2 environments"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: connectorId, action: "connector.breaking_impact_acknowledged" } });
    expect(audit.after).toMatchObject({
      version: 2,
      reason: "DeleteOrder moves to the v2 API; owners were told in the CAB.",
      impacts: ["DeleteOrder removed: 5 flows of 4 owners in 2 environments"],
      flows: 5,
    });
    const notes = await db.notification.findMany({
      where: { kind: "connector.breaking_impact", link: `/connectors/${slug}` },
      include: { user: true },
      orderBy: { user: { displayName: "asc" } },
    });
    expect(notes.map((n) => `${n.user.displayName}: ${n.message}`)).toEqual([
      "Bea Builder: Contoso Orders version 2 breaks 2 of your flows: Flow 5, Flow 6. DeleteOrder removed: 5 flows of 4 owners in 2 environments.",
      "Maya Maker: Contoso Orders version 2 breaks your flow: Flow 1. DeleteOrder removed: 5 flows of 4 owners in 2 environments.",
      "Omar Owens: Contoso Orders version 2 breaks your flow: Flow 2. DeleteOrder removed: 5 flows of 4 owners in 2 environments.",
    ]);
  });

  it("DLP what-if: a draft that blocks the connector lists the apps and flows it would suspend", async () => {
    const preview = await previewDlpPolicy(db, {
      input: {
        name: "Block orders",
        scope: "TENANT",
        patterns: [
          { order: 1, pattern: "https://orders.contoso.example", group: "BLOCKED" },
          { order: 2, pattern: "*", group: "BUSINESS" },
        ],
        overrides: [],
      },
    });
    expect(preview.moved.filter((m) => m.id === connectorId).map((m) => m.to.group)).toEqual(["BLOCKED"]);
    expect(preview.suspended).toMatchObject({ flows: 8, apps: 2, agents: 2 });
    expect(preview.suspended.items.filter((i) => i.kind === "AGENT").map((i) => i.displayName)).toEqual(["Order assistant", "Sales copilot"]);
    expect(preview.suspended.items.slice(0, 2)).toEqual([
      { kind: "FLOW", displayName: "Flow 1", environmentDisplayName: "Contoso (default)", owner: "Maya Maker", connector: "Contoso Orders" },
      { kind: "FLOW", displayName: "Flow 2", environmentDisplayName: "Contoso (default)", owner: "Omar Owens", connector: "Contoso Orders" },
    ]);
  });
});
