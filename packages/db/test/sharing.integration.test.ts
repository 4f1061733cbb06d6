import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { AppError } from "../src/app-error.ts";
import { listCatalog } from "../src/connectors/list-catalog.ts";
import { applySharingAction } from "../src/sharing/apply-sharing-action.ts";
import { createSharingRequest } from "../src/sharing/create-sharing-request.ts";
import { getSharingRequest } from "../src/sharing/get-sharing-request.ts";
import { listSharingRequests } from "../src/sharing/list-sharing-requests.ts";
import { revokeShare } from "../src/sharing/revoke-share.ts";
import type { SharingActor } from "../src/sharing/sharing-types.ts";
import { assignPlan, createDemoConnector, createEnvironment, createLicencePlans, createUser } from "../src/seed/factories.ts";
import { testConnectorSpec } from "./connector-fixtures.ts";

// 50 administrators decide at once: the pool must let them all reach the database so they really race.
const db = createDb(inject("databaseUrl"), { poolSize: 20 });
const tag = `sh${randomBytes(4).toString("hex")}`;
const ADMINS = 50;
let envId: string;
let maker: SharingActor;
let builder: SharingActor;
let admins: SharingActor[];

const actorOf = (u: { id: string; roles: string[]; displayName: string }): SharingActor => ({ id: u.id, roles: u.roles, label: u.displayName, groupIds: [] });
let counter = 0;
async function makeConnector(auth: "apiKey" | "none" | "aad" = "apiKey") {
  counter++;
  return createDemoConnector(db, {
    slug: `c${counter}-${tag}`,
    ownerId: maker.id,
    environmentId: envId,
    spec: testConnectorSpec({ title: `Sharing ${counter} ${tag}`, host: `api${counter}.${tag}.example`, auth }),
  });
}
const orgRequest = (slug: string) => ({
  connectorSlug: slug,
  target: { scope: "ORGANIZATION" },
  supportDetails: { businessJustification: "Finance needs invoices in flows", conditionsOfUse: "Internal use only" },
  secretHandling: "Each user enters their own key; keys rotate every 90 days.",
});
async function toAdminDecision(id: string, by: SharingActor) {
  for (const action of ["start_maker_checks", "complete_maker_checks", "complete_risk_assessment"])
    await applySharingAction(db, { requestId: id, input: { action }, actor: by });
}

beforeAll(async () => {
  await createLicencePlans(db);
  envId = (await createEnvironment(db, `env-${tag}`)).id;
  const m = await createUser(db, { roles: ["Hub.Maker"], displayName: `Maker ${tag}` });
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: m.id });
  maker = actorOf(m);
  builder = actorOf(await createUser(db, { roles: [], displayName: `Builder ${tag}` }));
  admins = [];
  for (let i = 0; i < ADMINS; i++) admins.push(actorOf(await createUser(db, { roles: ["Hub.Admin"], displayName: `Admin ${i} ${tag}` })));
});
afterAll(() => db.$disconnect());

describe("sharing requests", () => {
  it("refuses a request whose blocking gates fail, naming each thing to fix", async () => {
    const c = await makeConnector("apiKey");
    const attempt = createSharingRequest(db, { input: { connectorSlug: c.slug, target: { scope: "ORGANIZATION" } }, actor: maker });
    await expect(attempt).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    await expect(attempt).rejects.toThrow(/API key.*business justification/s);
    expect(await db.sharingRequest.count({ where: { connectorId: c.id } })).toBe(0);
  });

  it("refuses a request from someone who cannot edit the connector; one they cannot even read does not exist for them", async () => {
    const c = await makeConnector();
    await expect(createSharingRequest(db, { input: orgRequest(c.slug), actor: builder })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.connector.update({ where: { id: c.id }, data: { scope: "ORGANIZATION" } });
    await expect(createSharingRequest(db, { input: orgRequest(c.slug), actor: builder })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("walks the stages to approval, which shares the connector with the organization so a builder finds it", async () => {
    const c = await makeConnector();
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    const reviewer = admins[0]!;
    expect((await listSharingRequests(db, { queue: "review", q: tag }, reviewer)).map((r) => r.id)).toContain(request.id);
    await toAdminDecision(request.id, reviewer);
    const approved = await applySharingAction(db, { requestId: request.id, input: { action: "approve", note: "Looks fine" }, actor: reviewer });
    expect(approved).toMatchObject({ stage: "APPROVED", sharesApplied: 1 });
    const found = await listCatalog(db, { q: c.host }, { userId: builder.id, groupIds: [], isAdmin: false });
    expect(found.items.map((i) => i.slug)).toEqual([c.slug]);
    const detail = await getSharingRequest(db, request.id, maker);
    expect(detail.steps.map((s) => [s.toStage, s.actor.displayName, s.note])).toEqual([
      ["SUBMITTED", maker.label, null],
      ["MAKER_CHECKS", reviewer.label, null],
      ["RISK_ASSESSMENT", reviewer.label, null],
      ["ADMIN_DECISION", reviewer.label, null],
      ["APPROVED", reviewer.label, "Looks fine"],
    ]);
    expect(detail.evaluation.risk.lines.reduce((sum, l) => sum + l.points, 0)).toBe(detail.evaluation.risk.score);
    const notes = await db.notification.findMany({ where: { userId: maker.id, kind: "sharing.approved" } });
    expect(notes.some((n) => n.message.includes(c.title))).toBe(true);
  });

  it("delivers a rejection note to the maker and keeps the connector private", async () => {
    const c = await makeConnector();
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    const reviewer = admins[1]!;
    await expect(applySharingAction(db, { requestId: request.id, input: { action: "reject" }, actor: reviewer })).rejects.toThrow(/Add a note/);
    await applySharingAction(db, { requestId: request.id, input: { action: "reject", note: "Use OAuth instead of a shared key" }, actor: reviewer });
    const note = await db.notification.findFirst({ where: { userId: maker.id, kind: "sharing.rejected", link: `/requests/${request.id}` } });
    expect(note?.message).toContain("Use OAuth instead of a shared key");
    expect((await db.connector.findUniqueOrThrow({ where: { id: c.id } })).scope).toBe("PRIVATE");
    const mine = await listSharingRequests(db, { queue: "mine", q: c.title }, maker);
    expect(mine[0]).toMatchObject({ stage: "REJECTED", isOverdue: false, dueAt: null });
  });

  it("refuses an administrator deciding their own request", async () => {
    const adminOwner = admins[2]!;
    await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: adminOwner.id });
    const c = await createDemoConnector(db, {
      slug: `own-${tag}`,
      ownerId: adminOwner.id,
      environmentId: envId,
      spec: testConnectorSpec({
        title: `Own ${tag}`,
        host: `own.${tag}.example`,
        auth: "aad",
        operations: [{ id: "A", method: "get", path: "/a", summary: "A" }],
      }),
    });
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: adminOwner });
    await expect(applySharingAction(db, { requestId: request.id, input: { action: "start_maker_checks" }, actor: adminOwner })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it(`lets exactly one of ${ADMINS} simultaneous decisions land; the others get CONFLICT saying to reload`, async () => {
    const c = await makeConnector();
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    await toAdminDecision(request.id, admins[0]!);
    const seen = await db.sharingRequest.findUniqueOrThrow({ where: { id: request.id } });
    const outcomes = await Promise.allSettled(
      admins.map((admin, i) =>
        applySharingAction(db, {
          requestId: request.id,
          // Half approve, half reject, all from the version they loaded: whichever lands first decides.
          input: i % 2 === 0 ? { action: "approve", version: seen.version } : { action: "reject", note: `No (${i})`, version: seen.version },
          actor: admin,
        }),
      ),
    );
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(ADMINS - 1);
    for (const l of lost) {
      expect(l.reason).toBeInstanceOf(AppError);
      expect(l.reason).toMatchObject({ code: "CONFLICT" });
      expect((l.reason as AppError).message).toMatch(/Someone else.*first.*Reload/s);
    }
    const final = await db.sharingRequest.findUniqueOrThrow({ where: { id: request.id }, include: { steps: true, shares: true } });
    const decision = final.stage;
    expect(["APPROVED", "REJECTED"]).toContain(decision);
    expect(final.steps.filter((s) => s.toStage === decision)).toHaveLength(1);
    expect(final.shares).toHaveLength(decision === "APPROVED" ? 1 : 0);
    const events = await db.auditEvent.findMany({
      where: { OR: [{ entityId: request.id }, { entityId: c.id }, { entityType: "Share", entityId: { in: final.shares.map((s) => s.id) } }] },
    });
    const actions = events.map((e) => e.action).sort();
    const expected = [
      "connector.created",
      "sharing_request.complete_maker_checks",
      "sharing_request.complete_risk_assessment",
      "sharing_request.start_maker_checks",
      "sharing_request.submitted",
      // Submission puts the draft in review; the decision publishes it (pinning the approved version) or returns it to draft.
      "connector.lifecycle_changed",
      "connector.lifecycle_changed",
      ...(decision === "APPROVED"
        ? ["connector.scope_changed", "connector.shared_version_changed", "share.granted", "sharing_request.approve"]
        : ["sharing_request.reject"]),
    ].sort();
    expect(actions).toEqual(expected);
    expect((await db.connector.findUniqueOrThrow({ where: { id: c.id } })).scope).toBe(decision === "APPROVED" ? "ORGANIZATION" : "PRIVATE");
    expect(await db.notification.count({ where: { link: `/requests/${request.id}`, userId: maker.id, kind: `sharing.${decision.toLowerCase()}` } })).toBe(1);
  });

  it("records a revoked share and narrows the connector's scope", async () => {
    const c = await makeConnector();
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    await toAdminDecision(request.id, admins[3]!);
    await applySharingAction(db, { requestId: request.id, input: { action: "approve" }, actor: admins[3]! });
    const share = await db.share.findFirstOrThrow({ where: { requestId: request.id } });
    const revoked = await revokeShare(db, { shareId: share.id, actor: maker });
    expect(revoked.scope).toBe("PRIVATE");
    const row = await db.share.findUniqueOrThrow({ where: { id: share.id } });
    expect(row.revokedById).toBe(maker.id);
    expect(await db.auditEvent.count({ where: { entityId: share.id, action: "share.revoked" } })).toBe(1);
    await expect(revokeShare(db, { shareId: share.id, actor: maker })).rejects.toMatchObject({ code: "CONFLICT" });
    const found = await listCatalog(db, { q: c.host }, { userId: builder.id, groupIds: [], isAdmin: false });
    expect(found.total).toBe(0);
  });

  it("a second approval to the same people keeps one share each, widened to Can edit when asked, never doubled", async () => {
    const c = await makeConnector();
    const licensed = await createUser(db, { displayName: `Licensed ${tag}` });
    await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: licensed.id });
    const approveFor = async (permission: "CAN_VIEW" | "CAN_EDIT", by: SharingActor) => {
      const input = { ...orgRequest(c.slug), target: { scope: "USERS", users: [{ id: licensed.id, permission }] } };
      const { request } = await createSharingRequest(db, { input, actor: maker });
      await toAdminDecision(request.id, by);
      return applySharingAction(db, { requestId: request.id, input: { action: "approve" }, actor: by });
    };
    expect((await approveFor("CAN_VIEW", admins[5]!)).sharesApplied).toBe(1);
    expect((await approveFor("CAN_EDIT", admins[6]!)).sharesApplied).toBe(1);
    expect((await approveFor("CAN_VIEW", admins[7]!)).sharesApplied).toBe(0);
    const shares = await db.share.findMany({ where: { connectorId: c.id, revokedAt: null } });
    expect(shares.map((x) => [x.userId, x.permission])).toEqual([[licensed.id, "CAN_EDIT"]]);
    const actions = await db.auditEvent.findMany({ where: { entityId: shares[0]!.id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["share.granted", "share.permission_changed"]);
  });

  it("lists which named targets could not use the connector by licence", async () => {
    const c = await makeConnector();
    const unlicensed = await createUser(db, { displayName: `Unlicensed ${tag}` });
    const { evaluation } = await createSharingRequest(db, {
      input: {
        ...orgRequest(c.slug),
        target: {
          scope: "USERS",
          users: [
            { id: unlicensed.id, permission: "CAN_VIEW" },
            { id: maker.id, permission: "CAN_EDIT" },
          ],
        },
      },
      actor: maker,
    });
    const gate = evaluation.gates.find((g) => g.code === "licence.targets");
    expect(gate).toMatchObject({ passed: false, blocking: false });
    expect(gate?.message).toContain(`1 of 2 targets`);
    expect(gate?.message).toContain(`Unlicensed ${tag}`);
  });
});

describe("sharing webhook", () => {
  let server: Server;
  let hits = 0;
  let url = "";
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits++;
      req.resume();
      // The first two deliveries fail as a busy chat service would; the third is accepted.
      res.statusCode = hits <= 2 ? 503 : 200;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("retries a failing webhook until it is delivered, after the decision is already saved", async () => {
    const c = await makeConnector();
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    const step = await applySharingAction(db, {
      requestId: request.id,
      input: { action: "start_maker_checks" },
      actor: admins[4]!,
      notify: { webhookUrl: url },
    });
    expect((await db.sharingRequest.findUniqueOrThrow({ where: { id: request.id } })).stage).toBe("MAKER_CHECKS");
    const delivery = await step.webhook;
    expect(delivery).toMatchObject({ delivered: true, attempts: 3 });
  });

  it("never lets an unreachable webhook block or undo a decision", async () => {
    const c = await makeConnector();
    const { request } = await createSharingRequest(db, { input: orgRequest(c.slug), actor: maker });
    const step = await applySharingAction(db, {
      requestId: request.id,
      input: { action: "reject", note: "Not now" },
      actor: admins[5]!,
      notify: { webhookUrl: "http://127.0.0.1:9/unreachable" },
    });
    expect(step.stage).toBe("REJECTED");
    const delivery = await step.webhook;
    expect(delivery?.delivered).toBe(false);
    expect((await db.sharingRequest.findUniqueOrThrow({ where: { id: request.id } })).stage).toBe("REJECTED");
  });
});
