import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { addConnectorVersion } from "../src/connectors/add-connector-version.ts";
import { getConnectorVersion } from "../src/connectors/get-connector-version.ts";
import { getTestTarget } from "../src/samples/get-test-target.ts";
import { importConnector } from "../src/connectors/import-connector.ts";
import { listNotifications } from "../src/notifications/list-notifications.ts";
import { buildDemoDefinition, type DemoConnectorSpec } from "../src/seed/demo-definitions.ts";
import { applySharingAction } from "../src/sharing/apply-sharing-action.ts";
import { createSharingRequest } from "../src/sharing/create-sharing-request.ts";
import { getSharingRequest } from "../src/sharing/get-sharing-request.ts";
import type { SharingActor } from "../src/sharing/sharing-types.ts";
import { assignPlan, createEnvironment, createLicencePlans, createUser } from "../src/seed/factories.ts";
import { testConnectorSpec } from "./connector-fixtures.ts";

const db = createDb(inject("databaseUrl"));
const tag = `sv${randomBytes(4).toString("hex")}`;
let envId: string;
let maker: SharingActor;
let admin: SharingActor;
const actorOf = (u: { id: string; roles: string[]; displayName: string }): SharingActor => ({ id: u.id, roles: u.roles, label: u.displayName, groupIds: [] });

let counter = 0;
const spec = (n: number, operations: DemoConnectorSpec["operations"]) =>
  testConnectorSpec({ title: `Pinned ${n} ${tag}`, host: `api${n}.${tag}.example`, auth: "apiKey", operations });
const LIST = { id: "ListThings", method: "get", path: "/things", summary: "List things" } as const;
const GET = { id: "GetThing", method: "get", path: "/things/{id}", summary: "Get a thing" } as const;
const DELETE = { id: "DeleteThing", method: "delete", path: "/things/{id}", summary: "Delete a thing" } as const;
const source = (s: DemoConnectorSpec) => ({ content: JSON.stringify(buildDemoDefinition(s).swagger, null, 2), fileName: "apiDefinition.swagger.json" });

async function makeConnector() {
  counter++;
  const s = spec(counter, [LIST, GET, DELETE]);
  const made = await importConnector(db, { source: source(s), actor: maker, environmentId: envId, title: s.title });
  return { ...made.connector, spec: s };
}
const orgRequest = (slug: string, versionNumber?: number) => ({
  connectorSlug: slug,
  ...(versionNumber ? { versionNumber } : {}),
  target: { scope: "ORGANIZATION" },
  supportDetails: { businessJustification: "Finance needs things in flows", conditionsOfUse: "Internal use only" },
  secretHandling: "Each user enters their own key; keys rotate every 90 days.",
});
async function approve(id: string) {
  for (const action of ["start_maker_checks", "complete_maker_checks", "complete_risk_assessment", "approve"])
    await applySharingAction(db, { requestId: id, input: { action }, actor: admin });
}
const connectorRow = (id: string) =>
  db.connector.findUniqueOrThrow({ where: { id }, select: { lifecycle: true, scope: true, sharedVersion: { select: { number: true } } } });

beforeAll(async () => {
  await createLicencePlans(db);
  envId = (await createEnvironment(db, `env-${tag}`)).id;
  const m = await createUser(db, { roles: ["Hub.Maker"], displayName: `Maker ${tag}` });
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: m.id });
  maker = actorOf(m);
  admin = actorOf(await createUser(db, { roles: ["Hub.Admin"], displayName: `Admin ${tag}` }));
});
afterAll(() => db.$disconnect());

describe("a sharing request is for one version", () => {
  it("shows the reviewer what a newer upload breaks, and approval shares the requested version, not the newer one", async () => {
    const c = await makeConnector();
    expect(await connectorRow(c.id)).toMatchObject({ lifecycle: "DRAFT", sharedVersion: null });
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    expect((await connectorRow(c.id)).lifecycle).toBe("IN_REVIEW");

    await addConnectorVersion(db, { slug: c.slug, source: source({ ...c.spec, operations: [LIST] }), actor: maker });
    const seen = await getSharingRequest(db, request.id, admin);
    expect(seen.versionNumber).toBe(1);
    expect(seen.comparisons).toHaveLength(1);
    expect(seen.comparisons[0]).toMatchObject({ reason: "uploaded_after", fromNumber: 1, toNumber: 2, breakingCount: 2 });
    expect(
      seen.comparisons[0]!.changes.filter((ch) => ch.kind === "breaking")
        .map((ch) => ch.operationId)
        .sort(),
    ).toEqual(["DeleteThing", "GetThing"]);

    await approve(request.id);
    expect(await connectorRow(c.id)).toMatchObject({ lifecycle: "PUBLISHED", scope: "ORGANIZATION", sharedVersion: { number: 1 } });
    const events = await db.auditEvent.findMany({
      where: { entityId: c.id, action: { in: ["connector.shared_version_changed", "connector.lifecycle_changed"] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.after])).toEqual([
      ["connector.lifecycle_changed", { lifecycle: "IN_REVIEW" }],
      ["connector.shared_version_changed", { sharedVersion: 1 }],
      ["connector.lifecycle_changed", { lifecycle: "PUBLISHED" }],
    ]);
  });

  it("needs a fresh decision before a newer version replaces what people were given", async () => {
    const c = await makeConnector();
    const first = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    await approve(first.request.id);
    await addConnectorVersion(db, { slug: c.slug, source: source({ ...c.spec, operations: [LIST, GET] }), actor: maker });
    expect((await connectorRow(c.id)).sharedVersion).toEqual({ number: 1 });

    const second = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    const seen = await getSharingRequest(db, second.request.id, admin);
    expect(seen.versionNumber).toBe(2);
    expect(seen.sharedVersionNumber).toBe(1);
    expect(seen.comparisons.map((x) => [x.reason, x.fromNumber, x.toNumber, x.breakingCount])).toEqual([["shared_now", 1, 2, 1]]);
    expect((await connectorRow(c.id)).lifecycle).toBe("PUBLISHED");

    await applySharingAction(db, { requestId: second.request.id, input: { action: "reject", note: "Flows still call DeleteThing." }, actor: admin });
    expect(await connectorRow(c.id)).toMatchObject({ lifecycle: "PUBLISHED", sharedVersion: { number: 1 } });

    const third = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    await approve(third.request.id);
    expect((await connectorRow(c.id)).sharedVersion).toEqual({ number: 2 });
  });

  it("returns a connector whose first request was withdrawn to draft", async () => {
    const c = await makeConnector();
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    await applySharingAction(db, { requestId: request.id, input: { action: "withdraw" }, actor: maker });
    expect(await connectorRow(c.id)).toMatchObject({ lifecycle: "DRAFT", sharedVersion: null, scope: "PRIVATE" });
  });
});

describe("changes requested", () => {
  it("lets the maker edit the answers, attach a newer version and resubmit; the reviewer is told and sees what changed", async () => {
    const c = await makeConnector();
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    await applySharingAction(db, {
      requestId: request.id,
      input: { action: "request_changes", note: "Say who may use it and drop DeleteThing." },
      actor: admin,
    });
    const asMaker = await getSharingRequest(db, request.id, maker);
    expect(asMaker.changesRequestedNote).toMatchObject({ note: "Say who may use it and drop DeleteThing.", actor: { displayName: `Admin ${tag}` } });
    expect((await listNotifications(db, { userId: maker.id })).map((n) => n.message).join("\n")).toContain("Say who may use it and drop DeleteThing.");

    await addConnectorVersion(db, { slug: c.slug, source: source({ ...c.spec, operations: [LIST, GET] }), actor: maker });
    const current = await db.sharingRequest.findUniqueOrThrow({ where: { id: request.id }, select: { version: true } });
    const refused = applySharingAction(db, {
      requestId: request.id,
      input: { action: "resubmit", version: current.version, changes: { supportDetails: { conditionsOfUse: "" } } },
      actor: maker,
    });
    await expect(refused).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    await expect(refused).rejects.toThrow(/conditions of use/);
    const older = applySharingAction(db, { requestId: request.id, input: { action: "resubmit", changes: { versionNumber: 7 } }, actor: maker });
    await expect(older).rejects.toThrow(/has no version 7/);
    await expect(
      applySharingAction(db, { requestId: request.id, input: { action: "withdraw", changes: { versionNumber: 2 } }, actor: maker }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await applySharingAction(db, {
      requestId: request.id,
      input: {
        action: "resubmit",
        version: current.version,
        changes: { supportDetails: { conditionsOfUse: "Finance team only; no personal data." }, versionNumber: 2 },
      },
      actor: maker,
    });
    const asAdmin = await getSharingRequest(db, request.id, admin);
    expect(asAdmin).toMatchObject({ stage: "SUBMITTED", versionNumber: 2, changesRequestedNote: null });
    expect(asAdmin.supportDetails).toMatchObject({
      conditionsOfUse: "Finance team only; no personal data.",
      businessJustification: "Finance needs things in flows",
    });
    expect(asAdmin.comparisons.map((x) => [x.reason, x.fromNumber, x.toNumber, x.breakingCount])).toEqual([["attached_on_resubmit", 1, 2, 1]]);
    expect(asAdmin.steps.map((s) => [s.toStage, s.versionNumber])).toEqual([
      ["SUBMITTED", 1],
      ["CHANGES_REQUESTED", 1],
      ["SUBMITTED", 2],
    ]);
    expect((await listNotifications(db, { userId: admin.id })).map((n) => n.message).join("\n")).toMatch(/Pinned \d+ .*\(version 2\): submitted by Maker/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: request.id, action: "sharing_request.resubmit" } });
    expect(audit.after).toMatchObject({ connectorVersion: 2, changed: ["conditionsOfUse", "version 1 → 2"] });

    await approve(request.id);
    expect((await connectorRow(c.id)).sharedVersion).toEqual({ number: 2 });
  });
});

describe("people it is shared with test the approved version", () => {
  it("gives them the approved version's definition and host in the Test tab, and its editors the newest", async () => {
    const c = await makeConnector();
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    await approve(request.id);
    await addConnectorVersion(db, { slug: c.slug, source: source({ ...c.spec, host: `moved.${tag}.example`, operations: [LIST] }), actor: maker });
    const reader = await createUser(db, { roles: ["Hub.Maker"], displayName: `Reader ${tag}` });
    const asReader = await getTestTarget(db, c.slug, { viewer: { userId: reader.id, roles: reader.roles, groupIds: [] } });
    expect(asReader?.version).toMatchObject({ number: 1, latestNumber: 2 });
    expect(asReader?.connector.host).toBe(c.spec.host);
    expect(Object.keys((asReader?.definition.paths ?? {}) as object)).toEqual(["/things", "/things/{id}"]);
    const asEditor = await getTestTarget(db, c.slug, { viewer: { userId: maker.id!, roles: maker.roles, groupIds: [] } });
    expect(asEditor?.version.number).toBe(2);
    expect(asEditor?.connector.host).toBe(`moved.${tag}.example`);
    // Anonymous visitors may not read an organization's connector: for them it does not exist.
    expect(await getTestTarget(db, c.slug, { viewer: null })).toBeNull();
    const v1 = await getConnectorVersion(db, { slug: c.slug, number: 1 });
    expect(v1?.version.facts.host).toBe(c.spec.host);
  });
});
