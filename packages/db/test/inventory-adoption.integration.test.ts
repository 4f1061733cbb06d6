import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { AppError } from "../src/app-error.ts";
import { createDb } from "../src/client.ts";
import { getConnectorVersion } from "../src/connectors/get-connector-version.ts";
import { adoptInventoryConnector, OWNER_ROLES } from "../src/inventory/adopt-inventory-connector.ts";
import { listActivePeople } from "../src/people/list-people.ts";
import { listUncataloguedConnectors } from "../src/inventory/list-uncatalogued-connectors.ts";
import { assignPlan, createEnvironment, createLicencePlans, createUser } from "../src/seed/factories.ts";

// Issue 20: connectors found in environments but not in the catalog, listed for administrators and adopted.
const db = createDb(inject("databaseUrl"), { poolSize: 4 });
const tag = `ad${randomBytes(4).toString("hex")}`;
const envA = `env-a-${tag}`;
const envB = `env-b-${tag}`;
const runId = `run-${tag}`;
let admin: { id: string; label: string };
let maker: { id: string; displayName: string };
let builder: { id: string; displayName: string };
let leaver: { id: string; displayName: string };
let environmentId: string;
const ids: Record<string, string> = {};

const definition = (title: string, host: string) => ({
  swagger: "2.0",
  info: { title, description: `${title}: book and track shipments.`, version: "1.0" },
  host,
  basePath: "/v2",
  schemes: ["https"],
  paths: {
    "/shipments": {
      post: { operationId: "CreateShipment", summary: "Book a shipment", description: "Books a shipment.", responses: { "200": { description: "Booked" } } },
      get: {
        operationId: "ListShipments",
        summary: "List shipments",
        description: "Lists the shipments.",
        responses: { "200": { description: "The shipments" } },
      },
    },
  },
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
const mine = async () => (await listUncataloguedConnectors(db, { limit: 1000 })).items.filter((i) => i.environmentName.endsWith(tag));

beforeAll(async () => {
  const a = await createUser(db, { roles: ["Hub.Admin"] });
  admin = { id: a.id, label: a.displayName };
  maker = await createUser(db, { roles: ["Hub.Maker"] });
  builder = await createUser(db, { roles: [] });
  leaver = await createUser(db, { roles: ["Hub.Maker"] });
  await db.user.update({ where: { id: leaver.id }, data: { isActive: false } });
  environmentId = (await createEnvironment(db, `hub-${tag}`)).id;
  await createLicencePlans(db);
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: maker.id });
  await db.inventoryEnvironment.createMany({
    data: [
      { name: envA, displayName: `Sales ${tag}`, lastSeenRunId: runId },
      { name: envB, displayName: `Operations ${tag}`, lastSeenRunId: runId },
    ],
  });
  const title = `Shipping ${tag}`;
  const host = `shipping-${tag}.example`;
  const rows = [
    { key: "shipping", environmentName: envA, name: `shared_shipping-${tag}-a`, displayName: title, host, definition: definition(title, host) },
    { key: "shippingCopy", environmentName: envB, name: `shared_shipping-${tag}-b`, displayName: title, host, definition: definition(title, host) },
    { key: "bare", environmentName: envA, name: `shared_bare-${tag}`, displayName: `Bare ${tag}`, host: `bare-${tag}.example`, definition: undefined },
    { key: "gone", environmentName: envA, name: `shared_gone-${tag}`, displayName: `Gone ${tag}`, host: null, definition: undefined, deletedAt: new Date() },
  ];
  for (const { key, ...row } of rows) {
    const created = await db.inventoryConnector.create({
      data: { ...row, createdByName: "Dan Contractor", modifiedAt: new Date("2026-10-20T08:00:00Z"), operationIds: ["CreateShipment"], lastSeenRunId: runId },
    });
    ids[key] = created.id;
  }
  // Two flows and an app use the shipping connector in environment A; a deleted flow does not count.
  const shippingName = `shared_shipping-${tag}-a`;
  for (const [kind, n, deletedAt] of [
    ["FLOW", 1, null],
    ["FLOW", 2, null],
    ["APP", 3, null],
    ["FLOW", 4, new Date()],
  ] as const)
    await db.inventoryResource.create({
      data: {
        kind,
        environmentName: envA,
        name: `res-${tag}-${n}`,
        displayName: `Resource ${n}`,
        lastSeenRunId: runId,
        deletedAt,
        usages: { create: [{ environmentName: envA, connectorName: shippingName, operationId: kind === "FLOW" ? "CreateShipment" : null }] },
      },
    });
});
afterAll(() => db.$disconnect());

describe("listUncataloguedConnectors", () => {
  it("lists the connectors not catalogued and not deleted, with environment, creator, definition and users", async () => {
    const list = await mine();
    expect(list.map((i) => [i.displayName, i.environmentDisplayName])).toEqual([
      [`Bare ${tag}`, `Sales ${tag}`],
      [`Shipping ${tag}`, `Operations ${tag}`],
      [`Shipping ${tag}`, `Sales ${tag}`],
    ]);
    const shipping = list.find((i) => i.id === ids.shipping)!;
    expect(shipping).toMatchObject({ host: `shipping-${tag}.example`, createdByName: "Dan Contractor", hasDefinition: true, apps: 1, flows: 2 });
    expect(list.find((i) => i.id === ids.bare)).toMatchObject({ hasDefinition: false, apps: 0, flows: 0 });
  });
});

describe("the owners offered", () => {
  it("are the active makers and administrators", async () => {
    const offered = new Set((await listActivePeople(db, { roles: OWNER_ROLES, take: 10_000 })).map((p) => p.id));
    expect([maker.id, admin.id].every((id) => offered.has(id))).toBe(true);
    expect(offered.has(builder.id) || offered.has(leaver.id)).toBe(false);
  });
});

describe("adoptInventoryConnector", () => {
  it("refuses a connector without a stored definition and says how to get one", async () => {
    const error = await rejection(adoptInventoryConnector(db, { inventoryConnectorId: ids.bare!, ownerId: maker.id, actor: admin, environmentId }));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toMatch(/no stored definition.*sync again.*import the file/);
    expect(await db.connector.count({ where: { title: `Bare ${tag}` } })).toBe(0);
  });

  it("refuses an owner who is not a maker, or who has left, and a person who does not exist", async () => {
    const notMaker = await rejection(adoptInventoryConnector(db, { inventoryConnectorId: ids.shipping!, ownerId: builder.id, actor: admin, environmentId }));
    expect(notMaker.code).toBe("BAD_REQUEST");
    expect(notMaker.message).toBe(
      `${builder.displayName} is not a maker: only people with the Maker role own connectors. Choose a maker, or assign them the Maker role (Hub.Maker) first.`,
    );
    const left = await rejection(adoptInventoryConnector(db, { inventoryConnectorId: ids.shipping!, ownerId: leaver.id, actor: admin, environmentId }));
    expect(left.message).toMatch(/has left the organization/);
    const nobody = await rejection(adoptInventoryConnector(db, { inventoryConnectorId: ids.shipping!, ownerId: "no-such-user", actor: admin, environmentId }));
    expect(nobody.message).toMatch(/No such person/);
    expect(await db.connector.count({ where: { title: `Shipping ${tag}` } })).toBe(0);
    expect((await db.inventoryConnector.findUniqueOrThrow({ where: { id: ids.shipping! } })).catalogConnectorId).toBeNull();
  });

  it("refuses a connector deleted upstream", async () => {
    const error = await rejection(adoptInventoryConnector(db, { inventoryConnectorId: ids.gone!, ownerId: maker.id, actor: admin, environmentId }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("imports the definition as the owner's private draft, links the row and its copy, and audits it", async () => {
    const result = await adoptInventoryConnector(db, {
      inventoryConnectorId: ids.shipping!,
      ownerId: maker.id,
      actor: admin,
      environmentId,
      requestId: `req-${tag}`,
    });
    expect(result.linked).toBe(2);
    const connector = await db.connector.findUniqueOrThrow({ where: { slug: result.connector.slug } });
    expect(connector).toMatchObject({ title: `Shipping ${tag}`, ownerId: maker.id, scope: "PRIVATE", lifecycle: "DRAFT", environmentId });
    const stored = await getConnectorVersion(db, { slug: result.connector.slug });
    expect(stored?.version.number).toBe(1);
    const operations = await db.operation.findMany({ where: { versionId: result.version.id }, select: { operationId: true } });
    expect(operations.map((o) => o.operationId).sort()).toEqual(["CreateShipment", "ListShipments"]);
    const rows = await db.inventoryConnector.findMany({ where: { id: { in: [ids.shipping!, ids.shippingCopy!, ids.bare!] } } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.catalogConnectorId]))).toEqual({
      [ids.shipping!]: connector.id,
      [ids.shippingCopy!]: connector.id,
      [ids.bare!]: null,
    });
    const events = await db.auditEvent.findMany({ where: { entityId: connector.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["connector.imported", admin.id],
      ["inventory_connector.adopted", admin.id],
    ]);
    expect(events[1]!.after).toMatchObject({ slug: connector.slug, ownerId: maker.id, linkedInventoryRows: 2 });
    expect((await mine()).map((i) => i.id)).toEqual([ids.bare]);
  });

  it("refuses to adopt twice, naming the catalog connector", async () => {
    const slug = (await db.connector.findFirstOrThrow({ where: { title: `Shipping ${tag}` } })).slug;
    const error = await rejection(adoptInventoryConnector(db, { inventoryConnectorId: ids.shipping!, ownerId: maker.id, actor: admin, environmentId }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(`Shipping ${tag} is already in the catalog as /connectors/${slug}.`);
    expect(await db.connector.count({ where: { title: `Shipping ${tag}` } })).toBe(1);
  });
});
