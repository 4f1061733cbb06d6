// A fresh database with a small tenant whose every dashboard number is known (see the comments beside each).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "../src/client.ts";
import { migrateDatabase } from "../src/migrate.ts";
import { withDatabase } from "../src/pg-config.ts";
import { saveDlpPolicy } from "../src/dlp/save-dlp-policy.ts";
import { assignPlan, createDefaultDlpPolicy, createDemoConnector, createEnvironment, createLicencePlans, createUser } from "../src/seed/factories.ts";
import type { DemoConnectorSpec } from "../src/seed/demo-definitions.ts";
import type { AuthType, Hosting, Lifecycle, SharingScope } from "../src/generated/prisma/enums.ts";

export interface GovernanceFixture {
  db: Db;
  now: Date;
  monday: Date;
  ids: Record<string, string>;
  drop(): Promise<void>;
}

const AUTH: Record<AuthType, DemoConnectorSpec["auth"]> = { NONE: "none", API_KEY: "apiKey", BASIC: "basic", OAUTH2: "aad", WINDOWS: "windows" };

/** Dashboard numbers are global, so this tenant lives alone in a database of its own. */
export async function createGovernanceFixture(serverUrl: string): Promise<GovernanceFixture> {
  const name = `hub_gov_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  await migrateDatabase(url);
  const db = createDb(url, { poolSize: 4 });

  const now = new Date();
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const day = 86_400_000;

  await createLicencePlans(db);
  await db.licencePlan.create({ data: { key: "TEST_CAP_5", name: "Five connectors", usage: "YES", createLimit: 5, canShare: true, source: "test" } });
  const env = await createEnvironment(db, "gov-test");
  const people = {
    alice: await createUser(db, { displayName: "Alice Owner" }),
    bob: await createUser(db, { displayName: "Bob Builder" }),
    lee: await createUser(db, { displayName: "Lee Left", isActive: false }),
    ann: await createUser(db, { displayName: "Ann AtCap" }),
    oscar: await createUser(db, { displayName: "Oscar Over" }),
    nora: await createUser(db, { displayName: "Nora Near" }),
  };
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: people.alice.id }); // cap 50, owns 2: not listed
  await assignPlan(db, "FREE_DEVELOPER", { userId: people.bob.id }, new Date(now.getTime() - day)); // expired: no cap
  await assignPlan(db, "FREE_DEVELOPER", { userId: people.ann.id }); // cap 1, owns 1: at
  await assignPlan(db, "FREE_DEVELOPER", { userId: people.oscar.id }); // cap 1, owns 2: over
  await assignPlan(db, "TEST_CAP_5", { userId: people.nora.id }); // cap 5, owns 4: near
  const trial = await assignPlan(db, "TRIAL", { userId: people.lee.id }); // 90-day trial started 200 days ago: over
  await db.licenceAssignment.update({ where: { id: trial.id }, data: { startsAt: new Date(now.getTime() - 200 * day) } });
  const m365 = await db.group.create({
    data: { tenantId: people.bob.tenantId, objectId: randomBytes(8).toString("hex"), displayName: "M365", members: { create: [{ userId: people.bob.id }] } },
  });
  await assignPlan(db, "MICROSOFT_365", { groupId: m365.id }); // excludes custom connectors: still no cap

  await createDefaultDlpPolicy(db); // contoso + fabrikam Business, http://* Blocked, * Non-business
  const ids: Record<string, string> = {};
  const make = async (
    key: string,
    owner: { id: string },
    o: {
      title: string;
      host: string;
      auth: AuthType;
      scheme?: "http" | "https";
      scope?: SharingScope;
      lifecycle?: Lifecycle;
      hosting?: Hosting;
      findings?: { code: string; severity: string }[];
    },
  ) => {
    const c = await createDemoConnector(db, {
      slug: `${key}-${name}`,
      ownerId: owner.id,
      environmentId: env.id,
      authType: o.auth,
      hosting: o.hosting ?? "CLOUD",
      scope: o.scope ?? "PRIVATE",
      lifecycle: o.lifecycle ?? "DRAFT",
      findings: o.findings?.map((f) => ({
        ...f,
        severity: f.severity as "error" | "warning",
        message: f.code,
        path: "/",
        line: 1,
        column: 1,
        file: "apiDefinition.swagger.json",
      })),
      spec: {
        title: o.title,
        description: o.title,
        host: o.host,
        basePath: "/api",
        scheme: o.scheme ?? "https",
        auth: AUTH[o.auth],
        brandColor: "#123456",
        publisher: "Gov tests",
        operations: [{ id: "Ping", method: "get", path: "/ping", summary: "Ping" }],
      },
    });
    ids[key] = c.id;
    return c;
  };
  await make("c1", people.alice, {
    title: "Invoices",
    host: "invoices.contoso.example",
    auth: "API_KEY",
    scope: "ORGANIZATION",
    lifecycle: "PUBLISHED",
    findings: [{ code: "W7", severity: "warning" }],
  });
  await make("c2", people.alice, { title: "Open Weather", host: "weather.example.net", auth: "NONE", scope: "ORGANIZATION", lifecycle: "PUBLISHED" });
  await make("c3", people.bob, {
    title: "Legacy ERP",
    host: "erp.local",
    scheme: "http",
    auth: "WINDOWS",
    hosting: "ON_PREMISES",
    findings: [
      { code: "A1", severity: "error" },
      { code: "B2", severity: "error" },
    ],
  });
  await make("c4", people.lee, { title: "Orphan Feed", host: "feed.example.org", scheme: "http", auth: "BASIC", scope: "USERS", lifecycle: "PUBLISHED" });
  await make("c5", people.bob, {
    title: "Test Payments",
    host: "pay.fabrikam.example",
    auth: "OAUTH2",
    scope: "ORGANIZATION",
    lifecycle: "IN_REVIEW",
    findings: [
      { code: "A1", severity: "error" },
      { code: "A1", severity: "error" },
      { code: "W7", severity: "warning" },
    ],
  });
  const c6 = await make("c6", people.bob, { title: "Temp Sandbox", host: "sandbox.example.com", auth: "NONE", lifecycle: "DEPRECATED" });
  await db.share.create({ data: { connectorId: c6.id, principalType: "USER", userId: people.bob.id, permission: "CAN_EDIT", grantedById: people.bob.id } });
  await make("c7", people.ann, { title: "At Cap", host: "atcap.contoso.example", auth: "API_KEY" });
  await make("c8", people.oscar, { title: "Over One", host: "other.example.com", auth: "BASIC" });
  await make("c9", people.oscar, { title: "Over Two", host: "other.example.com", auth: "BASIC" });
  for (const n of [10, 11, 12, 13]) await make(`c${n}`, people.nora, { title: `Near ${n}`, host: `near-${n}.contoso.example`, auth: "API_KEY" });

  await db.connector.updateMany({ data: { createdAt: new Date(monday.getTime() + 1000) } });
  await db.connector.update({ where: { id: ids.c3 }, data: { createdAt: new Date(monday.getTime() - 3 * day) } });
  await db.connector.update({ where: { id: ids.c4 }, data: { createdAt: new Date(monday.getTime() - 100 * day) } });

  // Open Weather classified Blocked by name, over its host's Non-business pattern.
  const policy = await db.dlpPolicy.findFirstOrThrow({ where: { isDefault: true }, include: { patterns: true } });
  await saveDlpPolicy(db, {
    id: policy.id,
    input: {
      name: policy.name,
      scope: "TENANT",
      patterns: policy.patterns.map(({ order, pattern, group }) => ({ order, pattern, group })),
      overrides: [{ connectorName: "Open Weather", group: "BLOCKED" }],
    },
    actor: { id: null, label: "test" },
  });
  await db.auditEvent.create({ data: { actorLabel: "test", action: "old.event", entityType: "Test", entityId: "x", at: new Date(now.getTime() - 30 * day) } });

  // Sharing requests on Invoices: decided after 10, 30 and 20 hours (median 20), one open, one withdrawn; one open on
  // Open Weather (a connector has at most one open request: a partial unique index holds it).
  const version = await db.connectorVersion.findFirstOrThrow({ where: { connectorId: ids.c1 } });
  const weatherVersion = await db.connectorVersion.findFirstOrThrow({ where: { connectorId: ids.c2 } });
  const t0 = new Date(now.getTime() - 10 * day);
  const hour = 3_600_000;
  const request = async (
    stage: "APPROVED" | "REJECTED" | "ADMIN_DECISION" | "SUBMITTED" | "WITHDRAWN",
    decidedAfterHours: number | null,
    on = { connectorId: ids.c1!, versionId: version.id },
  ) =>
    db.sharingRequest.create({
      data: {
        ...on,
        requesterId: people.alice.id,
        targetScope: "ORGANIZATION",
        businessJustification: "b",
        impact: "i",
        accessManagement: "a",
        dependencies: "d",
        conditionsOfUse: "c",
        mitigationPlan: "m",
        stage,
        createdAt: t0,
        decidedAt: decidedAfterHours === null ? null : new Date(t0.getTime() + decidedAfterHours * hour),
      },
    });
  const r1 = await request("APPROVED", 10);
  const r2 = await request("REJECTED", 30);
  await request("APPROVED", 20);
  await request("ADMIN_DECISION", null);
  await request("SUBMITTED", null, { connectorId: ids.c2!, versionId: weatherVersion.id });
  await request("WITHDRAWN", null);
  const step = (requestId: string, toStage: "SUBMITTED" | "MAKER_CHECKS" | "RISK_ASSESSMENT" | "ADMIN_DECISION" | "APPROVED" | "REJECTED", h: number) => ({
    requestId,
    toStage,
    actorId: people.alice.id,
    createdAt: new Date(t0.getTime() + h * hour),
  });
  // In stage: SUBMITTED 1h and 3h (median 2), MAKER_CHECKS 2h and 27h (14.5), RISK_ASSESSMENT 3h, ADMIN_DECISION 4h.
  await db.reviewStep.createMany({
    data: [
      step(r1.id, "SUBMITTED", 0),
      step(r1.id, "MAKER_CHECKS", 1),
      step(r1.id, "RISK_ASSESSMENT", 3),
      step(r1.id, "ADMIN_DECISION", 6),
      step(r1.id, "APPROVED", 10),
      step(r2.id, "SUBMITTED", 0),
      step(r2.id, "MAKER_CHECKS", 3),
      step(r2.id, "REJECTED", 30),
    ],
  });

  // Rows above were stamped by the database clock as they were written; "now" for the dashboard is after all of them.
  return {
    db,
    now: new Date(Date.now() + 1000),
    monday,
    ids,
    async drop() {
      await db.$disconnect();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
