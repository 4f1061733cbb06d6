import { createDb } from "@connector-hub/db";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SyncProgress } from "../src/index.ts";
import { AGENT, buildContosoTenant, ENV, ORDERS_A, ORDERS_B, PEOPLE, STOCK_A } from "./contoso-tenant.ts";
import { resetInventory, startHarness, type Harness } from "./harness.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 4 });
const tenant = buildContosoTenant();
let h: Harness;

beforeAll(async () => {
  await resetInventory(db);
  h = await startHarness(db, tenant);
});
afterAll(async () => {
  await h?.close();
  await db.$disconnect();
});

const usagesOf = async (flowName: string) =>
  (
    await db.inventoryUsage.findMany({
      where: { resource: { name: flowName } },
      select: { connectorName: true, operationId: true, actionName: true, isTrigger: true },
      orderBy: [{ connectorName: "asc" }, { operationId: "asc" }],
    })
  ).map((u) => `${u.connectorName} ${u.operationId ?? "-"} ${u.actionName ?? "-"}${u.isTrigger ? " (trigger)" : ""}`);

const since = (from: number) => h.api.requests.slice(from);

describe("inventory sync against the admin API stand-in", () => {
  it("first sync: every environment, connector (with its definition), app, flow and agent, paged, with progress", async () => {
    const seen: SyncProgress[] = [];
    const result = await h.sync({ onProgress: (p) => seen.push(p) });
    expect(result.status).toBe("succeeded");
    expect(result.resumed).toBe(false);
    expect(await db.inventoryEnvironment.count({ where: { deletedAt: null } })).toBe(3);
    const connectors = await db.inventoryConnector.findMany({
      orderBy: { name: "asc" },
      select: { name: true, environmentName: true, host: true, operationIds: true, createdByName: true },
    });
    expect(connectors).toEqual([
      {
        name: ORDERS_A,
        environmentName: ENV.default,
        host: "orders.contoso.example",
        operationIds: ["ListOrders", "CreateOrder", "GetOrder", "UpdateOrder", "DeleteOrder", "OnOrderCreated"],
        createdByName: "Maya Maker",
      },
      {
        name: ORDERS_B,
        environmentName: ENV.sales,
        host: "orders.contoso.example",
        operationIds: ["ListOrders", "CreateOrder", "GetOrder", "UpdateOrder", "DeleteOrder", "OnOrderCreated"],
        createdByName: "Maya Maker",
      },
      {
        name: STOCK_A,
        environmentName: ENV.default,
        host: "stock.contoso.example",
        operationIds: ["ListOrders", "CreateOrder", "GetOrder", "UpdateOrder", "DeleteOrder", "OnOrderCreated"],
        createdByName: "Omar Owens",
      },
    ]);
    expect(await db.inventoryResource.count({ where: { kind: "FLOW" } })).toBe(8);
    expect(await db.inventoryResource.count({ where: { kind: "APP" } })).toBe(2);
    // The trigger, a call nested in a Scope, a standard connector; references resolved through suffixed keys.
    expect(await usagesOf("f0000000-0000-4000-8000-000000000001")).toEqual([
      `${ORDERS_A} DeleteOrder Delete_the_order`,
      `${ORDERS_A} OnOrderCreated When_an_order_is_created (trigger)`,
      "shared_office365 SendEmailV2 Send_an_email",
    ]);
    // A legacy ApiConnection action: the operation comes from definitionSummary, without an action name.
    expect(await usagesOf("f0000000-0000-4000-8000-000000000004")).toEqual([`${ORDERS_A} ListOrders -`, `${STOCK_A} GetOrder Get_stock`]);
    expect(await usagesOf("f0000000-0000-4000-8000-000000000005")).toEqual([`${ORDERS_A} DeleteOrder Delete_by_kind`]);
    const app = await db.inventoryResource.findFirstOrThrow({ where: { kind: "APP", environmentName: ENV.default }, include: { usages: true } });
    expect(app).toMatchObject({ displayName: "Order desk", ownerName: "Maya Maker", ownerEmail: "maya@contoso.example", ownerOid: PEOPLE.maya!.id });
    expect(app.usages.map((u) => u.connectorName).sort()).toEqual([ORDERS_A, "shared_office365users"]);
    // Paged: two environment pages, two connector pages in the default environment, three flow pages there ($top capped at 3).
    const lists = h.api.requests.filter((r) => r.path.endsWith("/environments")).length;
    expect(lists).toBe(2);
    expect(h.api.requests.filter((r) => r.path.endsWith(`${ENV.default}/v2/flows`)).length).toBe(2);
    // One token per audience (PowerApps, Flow, and each environment's Dataverse): msal-node's cache serves the rest.
    expect(h.provider.tokenRequests()).toBe(5);
    // Agents: from each environment's Dataverse, agent → component → connection reference → connector.
    const agents = await db.inventoryResource.findMany({ where: { kind: "AGENT" }, include: { usages: true }, orderBy: { displayName: "asc" } });
    expect(
      agents.map((a) => [a.displayName, a.environmentName, a.state, a.ownerName, a.ownerEmail, a.ownerOid, a.usages.map((u) => u.connectorName).sort()]),
    ).toEqual([
      ["Order assistant", ENV.default, "Active", "Omar Owens", "omar@contoso.example", PEOPLE.omar!.id, [ORDERS_A, "shared_office365"]],
      ["Sales copilot", ENV.sales, "Active", "Zed Zhou", "zed@contoso.example", PEOPLE.zed!.id, [ORDERS_B]],
      ["Stock helper", ENV.default, "Inactive", "Bea Builder", "bea@contoso.example", PEOPLE.bea!.id, [STOCK_A]],
    ]);
    expect(agents.flatMap((a) => a.usages.map((u) => u.operationId))).toEqual([null, null, null, null]);
    const defaultEnv = await db.inventoryEnvironment.findUniqueOrThrow({ where: { name: ENV.default } });
    expect(defaultEnv.instanceUrl).toBe(`${new URL(h.api.endpoints.bap).origin}/dataverse/${ENV.default}/`);
    // Dataverse pages of two: the default environment's five agent-component links take three pages.
    expect(h.api.requests.filter((r) => r.path.endsWith(`/dataverse/${ENV.default}/api/data/v9.2/bot_botcomponentset`)).length).toBe(3);
    expect(seen.at(-1)).toMatchObject({ phase: "done", environmentsTotal: 3, environmentsDone: 3, flows: 8, apps: 2, connectors: 3, agents: 3 });
    // Lab's Dataverse refuses the sync's app: the run still succeeds and says what to change.
    expect(seen.at(-1)!.agentsUnreadable).toEqual([
      expect.stringMatching(/^Lab: the sync's app may not read its Dataverse \(403\)\. Add the app as an application user/),
    ]);
    expect(seen.map((p) => p.environmentsDone)).toEqual([...seen.map((p) => p.environmentsDone)].sort((a, b) => a - b));
    const run = await db.inventorySyncRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run.status).toBe("succeeded");
  });

  it("incremental sync: nothing changed upstream means no definition or flow is fetched again; one changed flow is", async () => {
    let from = h.api.requests.length;
    const quiet = await h.sync();
    expect(quiet.detailsFetched).toBe(0);
    expect(since(from).filter((r) => r.path.startsWith("/blob/") || /\/flows\/[^/]+$/.test(r.path))).toEqual([]);

    const f3 = tenant.findFlow(ENV.default, "f0000000-0000-4000-8000-000000000003")!;
    f3.modifiedAt = "2026-11-20T08:00:00Z";
    f3.calls = [{ connector: ORDERS_A, operationId: "DeleteOrder", actionName: "Delete_each_order", nestIn: "Foreach" }];
    from = h.api.requests.length;
    const changed = await h.sync();
    expect(changed.detailsFetched).toBe(1);
    expect(
      since(from)
        .filter((r) => /\/flows\/[^/]+$/.test(r.path))
        .map((r) => r.path.split("/").pop()),
    ).toEqual(["f0000000-0000-4000-8000-000000000003"]);
    expect(await usagesOf("f0000000-0000-4000-8000-000000000003")).toEqual([`${ORDERS_A} DeleteOrder Delete_each_order`]);
  });

  it("a connector and a flow deleted upstream are marked deleted; the rest is untouched", async () => {
    tenant.deleteConnector(ENV.default, STOCK_A);
    tenant.deleteFlow(ENV.sales, "f0000000-0000-4000-8000-000000000008");
    await h.sync();
    const stock = await db.inventoryConnector.findFirstOrThrow({ where: { name: STOCK_A } });
    expect(stock.deletedAt).not.toBeNull();
    const f8 = await db.inventoryResource.findFirstOrThrow({ where: { name: "f0000000-0000-4000-8000-000000000008" } });
    expect(f8.deletedAt).not.toBeNull();
    expect(await db.inventoryConnector.count({ where: { deletedAt: null } })).toBe(2);
    expect(await db.inventoryResource.count({ where: { kind: "FLOW", deletedAt: null } })).toBe(7);
  });

  it("crash halfway: the next sync resumes at the last committed page and ends where a full sync would", async () => {
    // A change upstream, so the interrupted run has real work to do.
    tenant.addFlow({
      env: ENV.lab,
      name: "f0000000-0000-4000-8000-000000000009",
      displayName: "Flow 9",
      state: "Started",
      creatorOid: PEOPLE.bea!.id,
      modifiedAt: "2026-11-21T08:00:00Z",
      calls: [],
    });
    const abort = new AbortController();
    const before = h.api.requests.length;
    await expect(h.sync({ signal: abort.signal, onProgress: (p) => p.pages >= 5 && abort.abort(new Error("power cut")) })).rejects.toThrow("power cut");
    const failed = await db.inventorySyncRun.findFirstOrThrow({ where: { status: "failed" } });
    const committed = await db.inventorySyncCursor.findMany({ where: { runId: failed.id } });
    expect(committed.length).toBeGreaterThan(0);
    const firstRunEnvPages = since(before).filter((r) => r.path.endsWith("/environments")).length;
    expect(firstRunEnvPages).toBe(2);

    const resumeFrom = h.api.requests.length;
    const resumed = await h.sync();
    expect(resumed.resumed).toBe(true);
    expect(resumed.runId).toBe(failed.id);
    // The environments' pages were committed before the crash: not read again.
    expect(since(resumeFrom).filter((r) => r.path.endsWith("/environments"))).toEqual([]);
    expect(await db.inventoryResource.count({ where: { kind: "FLOW", deletedAt: null } })).toBe(8);
    expect(await db.inventorySyncRun.count({ where: { status: { in: ["running", "failed"] } } })).toBe(0);
  });

  it("429 storm: every throttled call waits as told (seconds or HTTP-date) and the sync completes", async () => {
    h.api.throttleNext(6, "0");
    const storm = await h.sync();
    expect(storm.status).toBe("succeeded");
    expect(h.lastClient()!.stats.throttled).toBe(6);

    const from = h.api.requests.length;
    h.api.throttleNext(1, "1");
    await h.sync();
    const [throttled, next] = since(from);
    expect(throttled!.status).toBe(429);
    expect(next!.at - throttled!.at).toBeGreaterThanOrEqual(950);

    h.api.throttleNext(1, new Date(Date.now() + 1000).toUTCString());
    const dated = await h.sync();
    expect(dated.status).toBe("succeeded");
  });

  it("a storm that outlasts the retries stops the run with a message that names the call; the next sync resumes it", async () => {
    h.api.throttleNext(50, "0");
    await expect(h.sync({ maxRetries: 2 })).rejects.toThrow(
      /GET http:\/\/127\.0\.0\.1:\d+\/bap\/providers\/Microsoft\.BusinessAppPlatform\/scopes\/admin\/environments failed after 3 attempt\(s\): 429: TooManyRequests/,
    );
    h.api.throttleNext(0, "0");
    const again = await h.sync();
    expect(again.resumed).toBe(true);
  });

  it("an expired token is answered 401: msal-node is asked for a new one and the sync carries on", async () => {
    const tokensBefore = h.provider.tokenRequests();
    let expired = false;
    const result = await h.sync({
      onProgress: (p) => {
        if (!expired && p.pages >= 2) {
          expired = true;
          h.api.expireTokens();
        }
      },
    });
    expect(result.status).toBe("succeeded");
    expect(h.lastClient()!.stats.tokenRefreshes).toBeGreaterThanOrEqual(1);
    expect(h.provider.tokenRequests()).toBeGreaterThan(tokensBefore);
  });

  it("agents: one deleted upstream is marked deleted; a Dataverse that refuses keeps what was read; no Dataverse, no agents", async () => {
    const lab = tenant.environments.find((e) => e.name === ENV.lab)!;
    const sales = tenant.environments.find((e) => e.name === ENV.sales)!;
    const live = async () =>
      (await db.inventoryResource.findMany({ where: { kind: "AGENT", deletedAt: null }, orderBy: { displayName: "asc" } })).map((a) => a.displayName);
    expect(await live()).toEqual(["Order assistant", "Sales copilot", "Stock helper"]);

    // The app is given access to Lab's Dataverse, and an agent is deleted in the default environment.
    lab.dataverse = "ready";
    tenant.deleteAgent(ENV.default, AGENT.stock);
    const opened = await h.sync();
    expect(opened.agentsUnreadable).toEqual([]);
    expect(await live()).toEqual(["Lab agent", "Order assistant", "Sales copilot"]);
    expect((await db.inventoryResource.findFirstOrThrow({ where: { name: AGENT.stock } })).deletedAt).not.toBeNull();

    // Sales' Dataverse now refuses: its agent is kept as last read (not taken for deleted), and the run says so.
    sales.dataverse = "forbidden";
    tenant.deleteAgent(ENV.sales, AGENT.sales);
    const refused = await h.sync();
    expect(refused.status).toBe("succeeded");
    expect(refused.agentsUnreadable).toEqual([expect.stringMatching(/^Sales: the sync's app may not read its Dataverse \(403\)/)]);
    expect(await live()).toEqual(["Lab agent", "Order assistant", "Sales copilot"]);

    // Sales' Dataverse fails (503 past the retries): the tenant's sync still succeeds, its agent is kept, the run says so.
    sales.dataverse = "failing";
    const failing = await h.sync({ maxRetries: 1 });
    expect(failing.status).toBe("succeeded");
    expect(failing.agentsUnreadable).toEqual([
      expect.stringMatching(
        /^Sales: its agents could not be read \(GET http:\/\/127\.0\.0\.1:\d+\/dataverse\/[^ ]+\/api\/data\/v9\.2\/bots failed after 2 attempt\(s\): 503/,
      ),
    ]);
    expect(await live()).toEqual(["Lab agent", "Order assistant", "Sales copilot"]);

    // Sales loses its Dataverse altogether: no instanceUrl, so no agents there.
    sales.dataverse = "none";
    const none = await h.sync();
    expect(none.agentsUnreadable).toEqual([]);
    expect((await db.inventoryEnvironment.findUniqueOrThrow({ where: { name: ENV.sales } })).instanceUrl).toBeNull();
    expect(await live()).toEqual(["Lab agent", "Order assistant"]);
  });
});
