import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { previewShareRevocation } from "../src/sharing/preview-share-revocation.ts";
import { revokeShare } from "../src/sharing/revoke-share.ts";
import type { SharingActor } from "../src/sharing/sharing-types.ts";
import { createEnvironment, createUser } from "../src/seed/factories.ts";
import { createTestConnector } from "./connector-fixtures.ts";

// Revoking a share (#20): who loses access, and which of their flows and apps stop, before the owner confirms.
const db = createDb(inject("databaseUrl"));
const tag = `rv${randomBytes(4).toString("hex")}`;
const ENV_SALES = `env-sales-${tag}`;
const ENV_FINANCE = `env-finance-${tag}`;
let envId: string;
let runId: string;
let owner: SharingActor;
let ownerOid: string;
let counter = 0;

const actorOf = (u: { id: string; roles: string[]; displayName: string }): SharingActor => ({ id: u.id, roles: u.roles, label: u.displayName, groupIds: [] });

async function person(name: string, roles: string[] = []) {
  return createUser(db, { displayName: `${name} ${tag}`, roles });
}

/** A connector of the owner's, found in two environments as a sync would leave it. */
async function connectorInEnvironments() {
  counter++;
  const c = await createTestConnector(db, { name: `Revocation ${counter}`, tag, ownerId: owner.id, environmentId: envId });
  for (const env of [ENV_SALES, ENV_FINANCE])
    await db.inventoryConnector.create({
      data: {
        environmentName: env,
        name: `shared_rv${counter}-${tag}`,
        displayName: c.title,
        catalogConnectorId: c.id,
        operationIds: ["ListThings"],
        lastSeenRunId: runId,
      },
    });
  return c;
}

let resourceNo = 0;
async function flowOf(connectorNo: number, ownerOidOf: string, environmentName: string, kind: "FLOW" | "APP" | "AGENT" = "FLOW") {
  resourceNo++;
  const displayName = `${kind === "FLOW" ? "Flow" : kind === "APP" ? "App" : "Agent"} ${resourceNo} ${tag}`;
  await db.inventoryResource.create({
    data: {
      kind,
      environmentName,
      name: `${tag}-${resourceNo}`,
      displayName,
      ownerOid: ownerOidOf,
      lastSeenRunId: runId,
      usages: { create: [{ environmentName, connectorName: `shared_rv${connectorNo}-${tag}`, operationId: kind === "FLOW" ? "ListThings" : null }] },
    },
  });
  return displayName;
}

const share = (connectorId: string, principal: { userId?: string; groupId?: string; org?: boolean }, permission: "CAN_VIEW" | "CAN_EDIT" = "CAN_VIEW") =>
  db.share.create({
    data: {
      connectorId,
      principalType: principal.org ? "ORGANIZATION" : principal.groupId ? "GROUP" : "USER",
      userId: principal.userId ?? null,
      groupId: principal.groupId ?? null,
      permission,
      grantedById: owner.id,
    },
  });

beforeAll(async () => {
  envId = (await createEnvironment(db, `env-${tag}`)).id;
  const o = await person("Owner", ["Hub.Maker"]);
  owner = actorOf(o);
  ownerOid = o.oid;
  runId = (await db.inventorySyncRun.create({ data: { source: `test-${tag}`, status: "succeeded", finishedAt: new Date() } })).id;
  await db.inventoryEnvironment.createMany({
    data: [
      { name: ENV_SALES, displayName: `Sales ${tag}`, lastSeenRunId: runId },
      { name: ENV_FINANCE, displayName: `Finance ${tag}`, lastSeenRunId: runId },
    ],
  });
});
afterAll(() => db.$disconnect());

describe("previewShareRevocation", () => {
  it("names the person a user share reaches and their flows, apps and agents using the connector, with environments, and saves nothing", async () => {
    const c = await connectorInEnvironments();
    await db.connector.update({ where: { id: c.id }, data: { scope: "USERS" } });
    const maya = await person("Maya");
    const s = await share(c.id, { userId: maya.id });
    const f1 = await flowOf(counter, maya.oid, ENV_SALES);
    const f2 = await flowOf(counter, maya.oid, ENV_FINANCE);
    const agent = await flowOf(counter, maya.oid, ENV_FINANCE, "AGENT");
    const a1 = await flowOf(counter, maya.oid, ENV_SALES, "APP");
    await flowOf(counter, ownerOid, ENV_SALES); // the owner's own flow keeps working

    const impact = await previewShareRevocation(db, { shareId: s.id, viewer: owner });
    expect(impact.principal).toMatchObject({ type: "USER", id: maya.id, displayName: maya.displayName });
    expect(impact.people.map((p) => p.displayName)).toEqual([maya.displayName]);
    expect(impact.people[0]).toMatchObject({ flowCount: 2, appCount: 1, agentCount: 1 });
    expect(impact.people[0]!.resources.map((r) => [r.kind, r.displayName, r.environmentDisplayName])).toEqual([
      ["FLOW", f2, `Finance ${tag}`],
      ["FLOW", f1, `Sales ${tag}`],
      ["APP", a1, `Sales ${tag}`],
      ["AGENT", agent, `Finance ${tag}`],
    ]);
    expect(impact.totals).toEqual({ reached: 1, people: 1, flows: 2, apps: 1, agents: 1, environments: 2 });
    expect(impact.summary).toBe("1 person loses access; 2 of their flows, 1 of their apps and 1 of their agents in 2 environments stop.");
    expect(impact.scopeAfter).toBe("PRIVATE");
    expect(impact.lastSyncedAt).not.toBeNull();
    expect((await db.share.findUniqueOrThrow({ where: { id: s.id } })).revokedAt).toBeNull();
  });

  it("leaves out a group member who keeps access through a share of their own, and admins and the owner", async () => {
    const c = await connectorInEnvironments();
    await db.connector.update({ where: { id: c.id }, data: { scope: "USERS" } });
    const group = await db.group.create({ data: { tenantId: "t", objectId: `g-${tag}-${counter}`, displayName: `Finance ${tag}` } });
    const bea = await person("Bea");
    const dan = await person("Dan");
    const ada = await person("Ada", ["Hub.Admin"]);
    for (const u of [bea, dan, ada, { id: owner.id }]) await db.groupMember.create({ data: { groupId: group.id, userId: u.id } });
    const s = await share(c.id, { groupId: group.id });
    await share(c.id, { userId: dan.id });
    const beaFlow = await flowOf(counter, bea.oid, ENV_FINANCE);
    await flowOf(counter, dan.oid, ENV_FINANCE);

    const impact = await previewShareRevocation(db, { shareId: s.id, viewer: owner });
    expect(impact.principal).toMatchObject({ type: "GROUP", displayName: `Finance ${tag}` });
    expect(impact.people.map((p) => p.displayName)).toEqual([bea.displayName]);
    expect(impact.people[0]!.resources.map((r) => r.displayName)).toEqual([beaFlow]);
    expect(impact.totals).toEqual({ reached: 4, people: 1, flows: 1, apps: 0, agents: 0, environments: 1 });
    expect(impact.scopeAfter).toBe("USERS");
  });

  it("for the organization share, lists everyone without another way in, people with flows first, and caps the lists with exact totals", async () => {
    const c = await connectorInEnvironments();
    await db.connector.update({ where: { id: c.id }, data: { scope: "ORGANIZATION" } });
    const s = await share(c.id, { org: true });
    const kept = await person("Kept");
    await share(c.id, { userId: kept.id });
    const zoe = await person("Zoe");
    const yan = await person("Yan");
    const admin = await person("Admin", ["Hub.Admin"]);
    await flowOf(counter, zoe.oid, ENV_SALES);
    await flowOf(counter, zoe.oid, ENV_FINANCE);
    await flowOf(counter, yan.oid, ENV_SALES);
    await flowOf(counter, kept.oid, ENV_SALES);
    await flowOf(counter, admin.oid, ENV_SALES);

    const impact = await previewShareRevocation(db, { shareId: s.id, viewer: owner });
    const active = await db.user.count({ where: { isActive: true } });
    const admins = await db.user.count({ where: { isActive: true, roles: { has: "Hub.Admin" } } });
    expect(impact.principal).toMatchObject({ type: "ORGANIZATION", displayName: "Everyone in the organization" });
    expect(impact.totals.reached).toBe(active);
    // Everyone but the owner, the person with a share of their own and the administrators.
    expect(impact.totals.people).toBe(active - 2 - admins);
    expect(impact.totals).toMatchObject({ flows: 3, apps: 0, environments: 2 });
    expect(impact.people.slice(0, 2).map((p) => [p.displayName, p.flowCount])).toEqual([
      [zoe.displayName, 2],
      [yan.displayName, 1],
    ]);
    const names = impact.people.map((p) => p.userId);
    for (const keeps of [owner.id, kept.id, admin.id]) expect(names).not.toContain(keeps);

    const capped = await previewShareRevocation(db, { shareId: s.id, viewer: owner, limit: 2 });
    expect(capped.people).toHaveLength(2);
    expect(capped.people.flatMap((p) => p.resources)).toHaveLength(2);
    expect(capped.truncated).toBe(true);
    expect(capped.totals).toEqual(impact.totals);
  });

  it("is refused, like revoking, to someone who cannot edit the connector, and a revoked share is a conflict", async () => {
    const c = await connectorInEnvironments();
    const viewerOnly = await person("Viewer");
    const s = await share(c.id, { userId: viewerOnly.id });
    await expect(previewShareRevocation(db, { shareId: s.id, viewer: actorOf(viewerOnly) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(previewShareRevocation(db, { shareId: "no-such-share", viewer: owner })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const coOwner = await person("CoOwner");
    await share(c.id, { userId: coOwner.id }, "CAN_EDIT");
    expect((await previewShareRevocation(db, { shareId: s.id, viewer: actorOf(coOwner) })).totals.people).toBe(1);
    await revokeShare(db, { shareId: s.id, actor: owner });
    await expect(previewShareRevocation(db, { shareId: s.id, viewer: owner })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
