import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "@connector-hub/db";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runSyncCli } from "../src/cli/sync-command.ts";
import { renderApp, renderConnector, renderEnvironment, renderFlowDetail } from "../src/stand-in/render.ts";
import { buildContosoTenant, ENV, ORDERS_A, TENANT_ID } from "./contoso-tenant.ts";
import { resetInventory, startHarness, type Harness } from "./harness.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 2 });
const dir = mkdtempSync(path.join(tmpdir(), "hub-inv-cli-"));
const tenant = buildContosoTenant();
const saved = { ...process.env };

async function cli(options: Parameters<typeof runSyncCli>[0]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSyncCli({ ...options, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
// PowerShell 5.1 writes dates as "\/Date(ms)\/".
const psDate = (iso: string) => `/Date(${Date.parse(iso)})/`;

beforeAll(async () => {
  await resetInventory(db);
  process.env.DATABASE_URL = inject("databaseUrl");
});
afterAll(async () => {
  process.env = saved;
  await db.$disconnect();
});

describe("connector-hub sync: imports", () => {
  it("imports admin PowerShell JSON (-Depth 20; one file exported with the default depth is imported with a warning)", async () => {
    const environments = tenant.environments.map((e) => ({
      EnvironmentName: e.name,
      DisplayName: e.displayName,
      IsDefault: e.isDefault,
      EnvironmentType: e.sku,
      LastModifiedTime: psDate(e.modifiedAt),
      Internal: renderEnvironment(e, TENANT_ID),
    }));
    const flows = tenant.flows(ENV.default).map((f) => ({
      FlowName: f.name,
      DisplayName: f.displayName,
      Enabled: true,
      CreatedBy: { objectId: f.creatorOid },
      LastModifiedTime: f.modifiedAt,
      EnvironmentName: f.env,
      Internal: renderFlowDetail(f, TENANT_ID),
    }));
    const apps = tenant
      .apps(ENV.default)
      .map((a) => ({ AppName: a.name, DisplayName: a.displayName, Owner: a.owner, EnvironmentName: a.env, Internal: renderApp(a, TENANT_ID) }));
    const connectors = tenant.connectors(ENV.default).map((c) => {
      const item = renderConnector(c, TENANT_ID, "https://example.invalid/swagger.json");
      return {
        ConnectorName: c.name,
        DisplayName: c.displayName,
        EnvironmentName: c.env,
        LastModifiedTime: c.modifiedAt,
        Internal: { ...item.properties, swagger: c.definition },
      };
    });
    // Default depth: Internal became a type-name string.
    const shallow = tenant.flows(ENV.sales).map((f) => ({
      FlowName: f.name,
      DisplayName: f.displayName,
      Enabled: true,
      CreatedBy: { objectId: f.creatorOid },
      LastModifiedTime: psDate(f.modifiedAt),
      EnvironmentName: f.env,
      Internal: "@{name=...; properties=System.Management.Automation.PSCustomObject}",
    }));
    const files = { environments, flows, apps, connectors, shallow };
    const paths = Object.entries(files).map(([name, body]) => {
      const file = path.join(dir, `${name}.json`);
      writeFileSync(file, `\uFEFF${JSON.stringify(body.length === 1 ? body[0] : body, null, 2)}`);
      return file;
    });
    const { code, out, err } = await cli({ powershell: paths });
    expect(code).toBe(0);
    expect(out).toEqual(["Imported PowerShell JSON: 3 environments, 2 connectors, 1 apps, 8 flows."]);
    expect(err).toContain(
      'warning: shallow.json: 3 object(s) lost "Internal" to ConvertTo-Json\'s default depth, so their connection references and definitions are missing. Export again with ConvertTo-Json -Depth 20.',
    );
    const f1 = await db.inventoryResource.findFirstOrThrow({ where: { name: "f0000000-0000-4000-8000-000000000001" }, include: { usages: true } });
    expect(
      f1.usages
        .filter((u) => u.connectorName === ORDERS_A)
        .map((u) => u.operationId)
        .sort(),
    ).toEqual(["DeleteOrder", "OnOrderCreated"]);
    const f6 = await db.inventoryResource.findFirstOrThrow({ where: { name: "f0000000-0000-4000-8000-000000000006" } });
    expect(f6.modifiedAt?.toISOString()).toBe("2026-10-10T08:00:00.000Z");
    expect((await db.inventoryConnector.findFirstOrThrow({ where: { name: ORDERS_A } })).operationIds).toContain("DeleteOrder");
  });

  it("refuses a file that no admin cmdlet wrote, naming the file and what it expected", async () => {
    const file = path.join(dir, "other.json");
    writeFileSync(file, JSON.stringify([{ Name: "x" }]));
    const { code, err } = await cli({ powershell: [file] });
    expect(code).toBe(1);
    expect(err.at(-1)).toBe(
      "error: other.json, object 1: not an object of Get-AdminPowerAppEnvironment, Get-AdminPowerApp, Get-AdminFlow or Get-AdminPowerAppConnector (no EnvironmentName/AppName/FlowName/ConnectorName).",
    );
  });

  it("imports a CoE Starter Kit export: flow action details give the operations", async () => {
    const coe = path.join(dir, "coe");
    const write = (name: string, rows: string[][]) => {
      writeFileSync(path.join(coe, `${name}.csv`), rows.map((r) => r.map((v) => `"${v}"`).join(",")).join("\n"));
    };
    (await import("node:fs")).mkdirSync(coe, { recursive: true });
    write("admin_environments", [
      ["admin_environmentid", "admin_environmentname", "admin_displayname", "admin_environmentsku"],
      ["e1", "coe-env-1", "CoE Env", "Production"],
    ]);
    write("admin_connectors", [
      ["admin_connectorid", "admin_name", "admin_displayname", "admin_iscustomapi"],
      ["c1", "shared_coe-orders-1", "CoE Orders", "Yes"],
      ["c2", "shared_office365", "Office 365 Outlook", "No"],
    ]);
    write("admin_apps", [
      ["admin_appid", "admin_displayname", "admin_appenvironment", "admin_appowner", "admin_appmodifiedon"],
      ["app-1", "CoE app", "e1", "Zed Zhou", "2026-10-01T08:00:00Z"],
    ]);
    write("admin_flows", [
      ["admin_flowid", "admin_displayname", "admin_flowenvironment", "admin_flowmakerdisplayname", "admin_flowstate", "admin_flowdeleted"],
      ["flow-1", "CoE flow", "e1", "Priya Patel", "Started", "No"],
      ["flow-2", "Gone", "e1", "Priya Patel", "Started", "Yes"],
    ]);
    write("admin_connectionreferences", [
      ["admin_displayname", "admin_app", "admin_flow", "admin_connector"],
      ["r1", "app-1", "", "c1"],
      ["r2", "", "flow-1", "c1"],
      ["r3", "", "flow-1", "c2"],
    ]);
    write("admin_flowactiondetails", [
      ["admin_actiontype", "admin_operation", "cr5d5_istypetrigger", "admin_flow"],
      ["CoE Orders", "DeleteOrder", "No", "flow-1"],
      ["Office 365 Outlook", "SendEmailV2", "No", "flow-1"],
    ]);
    const { code, out } = await cli({ coe });
    expect(code).toBe(0);
    expect(out).toEqual(["Imported CoE Starter Kit export: 1 environments, 1 connectors, 1 apps, 1 flows."]);
    const flow = await db.inventoryResource.findFirstOrThrow({ where: { name: "flow-1" }, include: { usages: true } });
    expect(flow).toMatchObject({ ownerName: "Priya Patel", environmentName: "coe-env-1" });
    expect(flow.usages.map((u) => `${u.connectorName} ${u.operationId ?? "-"}`).sort()).toEqual([
      "shared_coe-orders-1 -",
      "shared_coe-orders-1 DeleteOrder",
      "shared_office365 -",
      "shared_office365 SendEmailV2",
    ]);
  });
});

describe("connector-hub sync: the admin APIs", () => {
  let h: Harness;
  beforeAll(async () => {
    await resetInventory(db);
    h = await startHarness(db, tenant);
    const ca = path.join(dir, "ca.pem");
    writeFileSync(ca, h.provider.caPem);
    Object.assign(process.env, {
      HUB_SYNC_TENANT_ID: TENANT_ID,
      HUB_SYNC_CLIENT_ID: "3f1b2c4d-0000-4000-8000-000000000020",
      HUB_SYNC_CLIENT_SECRET: "wrong-secret",
      HUB_SYNC_AUTHORITY: h.provider.issuer,
      HUB_SYNC_CA_FILE: ca,
      HUB_SYNC_BAP_URL: h.api.endpoints.bap,
      HUB_SYNC_POWERAPPS_URL: h.api.endpoints.powerApps,
      HUB_SYNC_FLOW_URL: h.api.endpoints.flow,
    });
  });
  afterAll(async () => h?.close());

  it("a wrong secret is refused by the provider: one line says what to check, the secret is never printed", async () => {
    const { code, err } = await cli({});
    expect(code).toBe(1);
    expect(err.at(-1)).toMatch(
      /^error: Could not get a token for https:\/\/service\.powerapps\.com\/\.default from https:\/\/127\.0\.0\.1:\d+: .*Check HUB_SYNC_TENANT_ID, HUB_SYNC_CLIENT_ID and HUB_SYNC_CLIENT_SECRET/,
    );
    expect(err.join("\n")).not.toContain("wrong-secret");
  });

  it("syncs with progress per environment and a closing line; a too-short schedule is refused", async () => {
    process.env.HUB_SYNC_CLIENT_SECRET = h.clientSecret;
    const { code, out, err } = await cli({});
    expect(code).toBe(0);
    expect(err[0]).toMatch(/^listing environments · connectors 0 · apps 0 · flows 0 · agents 0 · requests \d+$/);
    expect(err.filter((l) => l.startsWith("environments ")).map((l) => l.split(" · ")[0])).toEqual([
      "environments 1/3",
      "environments 2/3",
      "environments 3/3",
    ]);
    // The refused run above is resumed, not left behind.
    expect(out[0]).toMatch(
      /^Synced \(resumed\) in \d+\.\d s: environments 3\/3 · connectors 3 · apps 2 · flows 8 · agents 3 · requests \d+; 11 changed item\(s\) read in full\.$/,
    );
    // Lab's Dataverse refuses the sync's app: said on stderr with what to change, and the run still succeeds.
    expect(err.filter((l) => l.startsWith("warning: agents not read"))).toEqual([
      expect.stringMatching(/^warning: agents not read in Lab: the sync's app may not read its Dataverse \(403\)\. Add the app as an application user/),
    ]);
    const tooOften = await cli({ every: "10s" });
    expect(tooOften.code).toBe(1);
    expect(tooOften.err.at(-1)).toBe('error: HUB_SYNC_INTERVAL must be a minute or more (got "10s"): the admin APIs throttle frequent full listings.');
  });
});
