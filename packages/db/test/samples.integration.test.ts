import { randomBytes } from "node:crypto";
import { sampleConnectorDefinitions } from "@connector-hub/sample-api";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { createDb, type Db } from "../src/client.ts";
import { migrateDatabase } from "../src/migrate.ts";
import { withDatabase } from "../src/pg-config.ts";
import { listCatalog } from "../src/connectors/list-catalog.ts";
import { createTestCallback } from "../src/samples/create-test-callback.ts";
import { getTestTarget } from "../src/samples/get-test-target.ts";
import { listCallbackEvents } from "../src/samples/list-callback-events.ts";
import { MAX_CALLBACK_EVENTS, recordCallbackEvent } from "../src/samples/record-callback-event.ts";
import { listSampleConnectors } from "../src/samples/list-sample-connectors.ts";
import { registerSampleConnectors, sampleSlug } from "../src/samples/register-sample-connectors.ts";
import { createEnvironment, createUser } from "../src/seed/factories.ts";
import { seedDemoInventory } from "../src/seed/seed-demo-inventory.ts";

// A database of its own: the demo inventory this file seeds is written only into an inventory nobody else has
// written, and the usage, revocation and adoption tests write theirs into the shared one at the same time.
const own = `${new URL(inject("databaseUrl")).pathname.slice(1)}_samples`;
const ownUrl = withDatabase(inject("databaseUrl"), own);
let db: Db;
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};
const tag = `zs${randomBytes(4).toString("hex")}`;
const ownerOid = `00000000-0000-4000-8000-${randomBytes(6).toString("hex")}`;
const anonymous = { userId: null, groupIds: [], isAdmin: false };
// The three REST variants this file registers; other files (MCP discovery) register samples of their own meanwhile.
const VARIANTS = ["sample-inventory-api-key", "sample-inventory-basic", "sample-inventory-oauth2"];
const ours = <T extends { slug: string }>(rows: T[]) => rows.filter((r) => VARIANTS.includes(r.slug));

beforeAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${own}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${own}"`);
  await migrateDatabase(ownUrl);
  db = createDb(ownUrl, { poolSize: 4 });
  await createUser(db, { oid: ownerOid, roles: ["Hub.Admin"], displayName: `Sample owner ${tag}` });
  await createEnvironment(db, `env-${tag}`);
});
afterAll(async () => {
  await db?.$disconnect();
  await admin(`DROP DATABASE IF EXISTS "${own}" WITH (FORCE)`);
});

describe("registerSampleConnectors", () => {
  it("registers one published, organization-wide sample connector per variant of the running API", async () => {
    const results = await registerSampleConnectors(db, { definitions: sampleConnectorDefinitions("http://127.0.0.1:3001"), ownerOid });
    expect(results).toEqual([
      { slug: "sample-inventory-api-key", outcome: "created" },
      { slug: "sample-inventory-basic", outcome: "created" },
      { slug: "sample-inventory-oauth2", outcome: "created" },
    ]);
    const rows = await db.connector.findMany({ where: { slug: { in: VARIANTS } }, orderBy: { slug: "asc" } });
    expect(rows.map((r) => [r.authType, r.scope, r.lifecycle, r.isSample, r.host, r.errorCount])).toEqual([
      ["API_KEY", "PUBLIC", "PUBLISHED", true, "127.0.0.1:3001", 0],
      ["BASIC", "PUBLIC", "PUBLISHED", true, "127.0.0.1:3001", 0],
      ["OAUTH2", "PUBLIC", "PUBLISHED", true, "127.0.0.1:3001", 0],
    ]);
    expect(rows.every((r) => r.actionCount > 5 && r.triggerCount === 3)).toBe(true);
    // Anyone browsing the catalog finds them under the Samples facet.
    const page = await listCatalog(db, { q: "sample inventory", sample: "true" }, anonymous);
    expect(
      ours(page.items)
        .map((i) => i.slug)
        .sort(),
    ).toEqual(rows.map((r) => r.slug));
  });

  it("leaves unchanged samples alone on a second start and never duplicates them", async () => {
    const again = await registerSampleConnectors(db, { definitions: sampleConnectorDefinitions("http://127.0.0.1:3001"), ownerOid });
    expect(again.map((r) => r.outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(await db.connector.count({ where: { isSample: true, slug: { in: VARIANTS } } })).toBe(3);
    expect(await db.connectorVersion.count({ where: { connector: { slug: sampleSlug("basic") } } })).toBe(1);
  });

  it("adds a version when the API now runs elsewhere, and the connector follows the new host", async () => {
    // The demo tenant's flows use the samples (as after a first npm start): the host change breaks them, and the
    // registration acknowledges that on the seed's behalf instead of stopping npm start.
    const seeded = await seedDemoInventory(db);
    expect(seeded.flows).toBeGreaterThan(0);
    const moved = await registerSampleConnectors(db, { definitions: sampleConnectorDefinitions("http://127.0.0.1:3055"), ownerOid });
    expect(moved.map((r) => r.outcome)).toEqual(["updated", "updated", "updated"]);
    const connector = await db.connector.findUniqueOrThrow({ where: { slug: sampleSlug("api-key") }, include: { versions: { orderBy: { number: "asc" } } } });
    expect(connector.host).toBe("127.0.0.1:3055");
    expect(connector.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(connector.isSample).toBe(true);
  });

  it("lists the samples for the Samples page and gives the Test tab the current definition", async () => {
    const samples = ours(await listSampleConnectors(db));
    expect(samples.map((s) => [s.slug, s.authType, s.scheme, s.basePath])).toEqual([
      ["sample-inventory-api-key", "API_KEY", "http", "/api-key/v1"],
      ["sample-inventory-basic", "BASIC", "http", "/basic/v1"],
      ["sample-inventory-oauth2", "OAUTH2", "http", "/oauth2/v1"],
    ]);
    expect(samples[0]!.operations.map((o) => o.operationId)).toContain("OnNewOrders");
    const target = await getTestTarget(db, sampleSlug("oauth2"));
    expect(target?.version.number).toBe(2);
    expect(target?.definition.host).toBe("127.0.0.1:3055");
    expect(await getTestTarget(db, "no-such-connector")).toBeNull();
  });

  it("says what to do when the owner is not in the database", async () => {
    await expect(registerSampleConnectors(db, { definitions: sampleConnectorDefinitions("http://127.0.0.1:3001"), ownerOid: "no-such-oid" })).rejects.toThrow(
      /seed it first/,
    );
  });
});

describe("Test tab callbacks", () => {
  it("keeps the events posted to a callback, newest first, and only for its token", async () => {
    const target = await getTestTarget(db, sampleSlug("api-key"));
    const callback = await createTestCallback(db, { connectorId: target!.connector.id, operationId: "OnOrderCreated" });
    expect(await db.testCallback.count({ where: { tokenHash: callback.token } })).toBe(0); // only its hash is stored
    expect(await recordCallbackEvent(db, { token: callback.token, headers: { "x-sample-event": "order.created" }, body: '{"n":1}' })).toBe("recorded");
    expect(await recordCallbackEvent(db, { token: callback.token, headers: {}, body: '{"n":2}' })).toBe("recorded");
    const listed = await listCallbackEvents(db, callback.token);
    expect(listed?.events.map((e) => e.body)).toEqual(['{"n":2}', '{"n":1}']);
    expect(listed?.events[1]?.headers).toEqual({ "x-sample-event": "order.created" });
    expect(await recordCallbackEvent(db, { token: "guessed-token", headers: {}, body: "{}" })).toBe("unknown");
    expect(await listCallbackEvents(db, "guessed-token")).toBeNull();
  });

  it("refuses events after the callback expired or filled up", async () => {
    const target = await getTestTarget(db, sampleSlug("basic"));
    const old = await createTestCallback(db, { connectorId: target!.connector.id, operationId: "OnStockLow", now: new Date(Date.now() - 25 * 3600_000) });
    expect(await recordCallbackEvent(db, { token: old.token, headers: {}, body: "{}" })).toBe("unknown");
    const busy = await createTestCallback(db, { connectorId: target!.connector.id, operationId: "OnStockLow" });
    await db.testCallbackEvent.createMany({ data: Array.from({ length: MAX_CALLBACK_EVENTS }, () => ({ callbackId: busy.id, headers: {}, body: "{}" })) });
    expect(await recordCallbackEvent(db, { token: busy.token, headers: {}, body: "{}" })).toBe("full");
  });
});
