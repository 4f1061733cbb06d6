import { randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { exportAuditCsv } from "../src/audit/export-audit-csv.ts";
import { listAuditEvents } from "../src/audit/list-audit-events.ts";
import { recordAuditEvent } from "../src/audit/record-audit-event.ts";
import { createUser } from "../src/seed/factories.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 4 });
const tag = `au${randomBytes(4).toString("hex")}`;
let actorId: string;

beforeAll(async () => {
  const user = await createUser(db, { displayName: `Auditor ${tag}` });
  actorId = user.id;
  const actor = { id: user.id, label: `Auditor ${tag}` };
  for (let i = 0; i < 5; i++) {
    await recordAuditEvent(db, {
      actor,
      action: "licence_plan.updated",
      entityType: "LicencePlan",
      entityId: `plan-${tag}`,
      before: { createLimit: i },
      after: { createLimit: i + 1, note: `with "quotes", commas ${i}` },
    });
  }
  await recordAuditEvent(db, { actor: { id: null, label: `system ${tag}` }, action: "share.revoked", entityType: "Share", entityId: `share-${tag}` });
});
afterAll(() => db.$disconnect());

describe("audit log", () => {
  it("filters by entity, action and actor, newest first, and pages without repeats", async () => {
    const byEntity = await listAuditEvents(db, { entityType: "LicencePlan", entityId: `plan-${tag}` });
    expect(byEntity.events.map((e) => e.after)).toEqual([4, 3, 2, 1, 0].map((i) => ({ createLimit: i + 1, note: `with "quotes", commas ${i}` })));
    const byActor = await listAuditEvents(db, { actor: `auditor ${tag}` });
    expect(byActor.events).toHaveLength(5);
    expect((await listAuditEvents(db, { actor: actorId, action: "share." })).events).toHaveLength(0);
    const first = await listAuditEvents(db, { entityId: `plan-${tag}`, limit: 3 });
    const second = await listAuditEvents(db, { entityId: `plan-${tag}`, limit: 3, before: first.nextBefore ?? undefined });
    expect([...first.events, ...second.events].map((e) => e.id)).toEqual(byEntity.events.map((e) => e.id));
    expect(second.nextBefore).toBeNull();
  });

  it("exports the filtered log as CSV that a spreadsheet reads back intact", async () => {
    const { csv, rowCount } = await exportAuditCsv(db, { entityId: `plan-${tag}` });
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rowCount).toBe(5);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ action: "licence_plan.updated", actorLabel: `Auditor ${tag}`, entityType: "LicencePlan" });
    expect(JSON.parse(rows[0]!.after!)).toEqual({ createLimit: 1, note: 'with "quotes", commas 0' });
  });

  it("neutralises spreadsheet formulas in every cell (= + - @ tab CR get a leading apostrophe)", async () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"];
    for (const label of hostile) await recordAuditEvent(db, { actor: { id: null, label }, action: "user.signed_in", entityType: "User", entityId: `f-${tag}` });
    const { csv } = await exportAuditCsv(db, { entityId: `f-${tag}` });
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.actorLabel)).toEqual(hostile.map((h) => `'${h}`));
    expect(rows.every((r) => r.entityId === `f-${tag}`)).toBe(true);
  });

  it("says what to change for a bad filter", async () => {
    await expect(listAuditEvents(db, { from: "yesterday" })).rejects.toThrow(/From must be a date/);
    await expect(listAuditEvents(db, { from: "2026-02-01", to: "2026-01-01" })).rejects.toThrow(/swap them/);
  });

  it("is append-only: the database refuses to change or delete an event", async () => {
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: `share-${tag}` } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("share.revoked");
  });
});
