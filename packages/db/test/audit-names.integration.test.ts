import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { describeAuditEvents } from "../src/audit/describe-audit-events.ts";
import { exportAuditCsv } from "../src/audit/export-audit-csv.ts";
import { formatActorLabel } from "../src/audit/format-actor-label.ts";
import { listAuditEvents } from "../src/audit/list-audit-events.ts";
import { applySharingAction } from "../src/sharing/apply-sharing-action.ts";
import { createSharingRequest } from "../src/sharing/create-sharing-request.ts";
import type { SharingActor } from "../src/sharing/sharing-types.ts";
import { assignPlan, createEnvironment, createLicencePlans, createUser } from "../src/seed/factories.ts";
import { createTestConnector } from "./connector-fixtures.ts";

const db = createDb(inject("databaseUrl"));
const tag = `an${randomBytes(4).toString("hex")}`;
let maker: SharingActor;
let admin: SharingActor;
let connector: { id: string; slug: string; title: string };
let requestId: string;

beforeAll(async () => {
  await createLicencePlans(db);
  const envId = (await createEnvironment(db, `env-${tag}`)).id;
  const m = await createUser(db, { roles: ["Hub.Maker"], displayName: `Maya ${tag}`, upn: `maya.${tag}@contoso.example` });
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: m.id });
  maker = { id: m.id, roles: m.roles, label: formatActorLabel(m) };
  const a = await createUser(db, { roles: ["Hub.Admin"], displayName: `Ada ${tag}`, upn: `ada.${tag}@contoso.example` });
  admin = { id: a.id, roles: a.roles, label: formatActorLabel(a) };
  const other = await createTestConnector(db, { name: "Other", tag, ownerId: m.id, environmentId: envId });
  connector = await createTestConnector(db, { name: "Invoices", tag, ownerId: m.id, environmentId: envId });
  const support = { businessJustification: "Finance needs invoices", conditionsOfUse: "Internal only" };
  for (const slug of [other.slug, connector.slug]) {
    const { request } = await createSharingRequest(db, {
      input: { connectorSlug: slug, target: { scope: "ORGANIZATION" }, supportDetails: support },
      actor: maker,
    });
    if (slug === connector.slug) requestId = request.id;
  }
  for (const action of ["start_maker_checks", "complete_maker_checks", "complete_risk_assessment", "approve"])
    await applySharingAction(db, { requestId, input: { action }, actor: admin });
});
afterAll(() => db.$disconnect());

describe("the audit log for people", () => {
  it("filters by connector (slug or title): its own events and those of its requests and shares, nothing of others", async () => {
    const bySlug = await listAuditEvents(db, { connector: connector.slug });
    const byTitle = await listAuditEvents(db, { connector: connector.title.toUpperCase() });
    expect(byTitle.events.map((e) => e.id)).toEqual(bySlug.events.map((e) => e.id));
    expect(new Set(bySlug.events.map((e) => e.entityType))).toEqual(new Set(["Connector", "SharingRequest", "Share"]));
    expect(bySlug.events.map((e) => e.action)).toContain("sharing_request.approve");
    expect(bySlug.events.filter((e) => e.action === "sharing_request.submitted")).toHaveLength(1);
    expect((await exportAuditCsv(db, { connector: connector.slug })).rowCount).toBe(bySlug.events.length);
    await expect(listAuditEvents(db, { connector: `nothing-${tag}` })).rejects.toThrow(/No connector is called "nothing-/);
  });

  it("names the connector and the person instead of ids", async () => {
    const { events } = await listAuditEvents(db, { connector: connector.slug, actor: admin.id });
    const described = await describeAuditEvents(db, events);
    const approval = described.find((e) => e.action === "sharing_request.approve");
    expect(approval?.entity).toEqual({ label: `Sharing request for Invoices ${tag}`, href: `/requests/${requestId}` });
    expect(approval?.actor).toEqual({ displayName: `Ada ${tag}`, upn: `ada.${tag}@contoso.example` });
    expect(described.find((e) => e.entityType === "Share")?.entity.label).toBe(`Invoices ${tag}, shared with the organization`);
    expect(described.find((e) => e.action === "connector.shared_version_changed")?.entity).toEqual({
      label: `Invoices ${tag}`,
      href: `/connectors/${connector.slug}`,
    });
  });

  it("labels every person the same way: display name with the address", () => {
    expect(formatActorLabel({ displayName: "Ada Admin", upn: "ada@contoso.example" })).toBe("Ada Admin (ada@contoso.example)");
    expect(formatActorLabel({ displayName: "ada@contoso.example", upn: "ada@contoso.example" })).toBe("ada@contoso.example");
  });
});
