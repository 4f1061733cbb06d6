import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getGovernanceDashboard, type GovernanceDashboard } from "../src/dashboard/get-governance-dashboard.ts";
import { readGovernanceDashboard } from "../src/dashboard/read-governance-dashboard.ts";
import { saveDlpPolicy } from "../src/dlp/save-dlp-policy.ts";
import { createGovernanceFixture, type GovernanceFixture } from "./governance-fixture.ts";

let fixture: GovernanceFixture;
let dashboard: GovernanceDashboard;
const buckets = (list: { key: string; count: number }[]) => Object.fromEntries(list.map((b) => [b.key, b.count]));

beforeAll(async () => {
  fixture = await createGovernanceFixture(inject("databaseUrl"));
  dashboard = await getGovernanceDashboard(fixture.db, { now: fixture.now });
});
afterAll(() => fixture?.drop());

describe("getGovernanceDashboard on a tenant with known answers", () => {
  it("counts connectors by authentication, hosting, scope and lifecycle", () => {
    expect(dashboard.connectors.total).toBe(13);
    expect(buckets(dashboard.connectors.byAuth)).toEqual({ API_KEY: 6, BASIC: 3, NONE: 2, WINDOWS: 1, OAUTH2: 1 });
    expect(buckets(dashboard.connectors.byHosting)).toEqual({ CLOUD: 12, ON_PREMISES: 1 });
    expect(buckets(dashboard.connectors.byScope)).toEqual({ PRIVATE: 9, ORGANIZATION: 3, USERS: 1 });
    expect(buckets(dashboard.connectors.byLifecycle)).toEqual({ DRAFT: 8, PUBLISHED: 3, IN_REVIEW: 1, DEPRECATED: 1 });
  });

  it("counts DLP groups under the default policy, honouring the override by name", () => {
    expect(buckets(dashboard.byDlpGroup)).toEqual({ BUSINESS: 7, BLOCKED: 3, NON_BUSINESS: 3 });
  });

  it("counts new connectors per week over twelve weeks", () => {
    expect(dashboard.newPerWeek).toHaveLength(12);
    const last = dashboard.newPerWeek.at(-1)!;
    expect(last).toEqual({ week: fixture.monday.toISOString().slice(0, 10), count: 11 });
    expect(dashboard.newPerWeek.at(-2)!.count).toBe(1);
    expect(dashboard.newPerWeek.reduce((s, w) => s + w.count, 0)).toBe(12);
  });

  it("summarizes sharing requests by stage with the median time to decision", () => {
    expect(buckets(dashboard.sharing.byStage)).toEqual({ APPROVED: 2, REJECTED: 1, ADMIN_DECISION: 1, SUBMITTED: 1, WITHDRAWN: 1 });
    expect(dashboard.sharing.open).toBe(2);
    expect(dashboard.sharing.decided).toBe(3);
    expect(dashboard.sharing.medianHoursToDecision).toBe(20);
    expect(dashboard.sharing.medianHoursInStage).toEqual([
      { stage: "ADMIN_DECISION", hours: 4 },
      { stage: "MAKER_CHECKS", hours: 14.5 },
      { stage: "RISK_ASSESSMENT", hours: 3 },
      { stage: "SUBMITTED", hours: 2 },
    ]);
  });

  it("ranks the top makers by connectors owned", () => {
    expect(dashboard.topMakers.map((m) => [m.displayName, m.connectors])).toEqual([
      ["Nora Near", 4],
      ["Bob Builder", 3],
      ["Alice Owner", 2],
      ["Oscar Over", 2],
      ["Ann AtCap", 1],
      ["Lee Left", 1],
    ]);
    expect(dashboard.topMakers.find((m) => m.displayName === "Lee Left")?.isActive).toBe(false);
  });

  it("lists users near, at or over their licence cap, ignoring expired plans and plans without custom connectors", () => {
    expect(dashboard.licence.users.map((u) => [u.displayName, u.owned, u.cap, u.status])).toEqual([
      ["Oscar Over", 2, 1, "over"],
      ["Ann AtCap", 1, 1, "at"],
      ["Nora Near", 4, 5, "near"],
    ]);
    expect([dashboard.licence.near, dashboard.licence.at, dashboard.licence.over]).toEqual([1, 1, 1]);
  });

  it("reports validation health: connectors with errors and the most frequent rule codes", () => {
    expect(dashboard.validation.withErrors).toBe(2);
    expect(dashboard.validation.withWarnings).toBe(2);
    expect(dashboard.validation.topRules).toEqual([
      { code: "A1", severity: "error", findings: 3, connectors: 2 },
      { code: "W7", severity: "warning", findings: 2, connectors: 2 },
      { code: "B2", severity: "error", findings: 1, connectors: 1 },
    ]);
  });

  it("lists what needs attention, each reason with its connectors", () => {
    const byKind = Object.fromEntries(dashboard.attention.map((a) => [a.kind, a.items.map((i) => i.title)]));
    expect(byKind).toEqual({
      anonymous_org_wide: ["Open Weather"],
      plain_http: ["Legacy ERP", "Orphan Feed"],
      windows_without_gateway: ["Legacy ERP"],
      owner_left: ["Orphan Feed"],
      test_shared: ["Test Payments"],
      blocked_in_use: ["Open Weather", "Orphan Feed"],
    });
    expect(dashboard.attention.map((a) => a.total)).toEqual([1, 2, 1, 1, 1, 2]);
    expect(dashboard.attention.find((a) => a.kind === "blocked_in_use")?.items[0]?.detail).toBe("Blocked by override by id");
  });

  it("counts audit events of the last seven days and shows the latest", () => {
    expect(dashboard.audit.lastSevenDays).toBe(14);
    expect(dashboard.audit.latest[0]?.action).not.toBe("old.event");
  });

  it("reclassifies only what changed since the last call", async () => {
    const again = await getGovernanceDashboard(fixture.db, { now: fixture.now });
    expect(again.reclassified).toBe(0);
    await fixture.db.connector.update({ where: { id: fixture.ids.c6! }, data: { title: "Sandbox renamed" } });
    const afterEdit = await getGovernanceDashboard(fixture.db, { now: fixture.now });
    expect(afterEdit.reclassified).toBe(1);
    expect(buckets(afterEdit.byDlpGroup)).toEqual(buckets(dashboard.byDlpGroup));
  });

  it("serves page views from a stored snapshot, marked stale once a DLP policy is saved", async () => {
    const first = await readGovernanceDashboard(fixture.db);
    expect(first.isStale).toBe(false);
    const second = await readGovernanceDashboard(fixture.db);
    expect(second.computedAt).toEqual(first.computedAt);
    expect(second.dashboard.connectors.total).toBe(13);
    const policy = await fixture.db.dlpPolicy.findFirstOrThrow({ where: { isDefault: true }, include: { patterns: true } });
    await saveDlpPolicy(fixture.db, {
      id: policy.id,
      input: { name: policy.name, scope: "TENANT", patterns: [{ order: 1, pattern: "*", group: "BLOCKED" }], overrides: [] },
      actor: { id: null, label: "test" },
    });
    expect((await readGovernanceDashboard(fixture.db)).isStale).toBe(true);
    const fresh = await readGovernanceDashboard(fixture.db, { fresh: true });
    expect(buckets(fresh.dashboard.byDlpGroup)).toEqual({ BLOCKED: 13 });
  });
});
