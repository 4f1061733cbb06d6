import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { AppError } from "../src/app-error.ts";
import { createDb } from "../src/client.ts";
import { listCertificationEvents } from "../src/certification/list-certification-events.ts";
import { recordCertificationEvent } from "../src/certification/record-certification-event.ts";
import { summarizeCertifications } from "../src/dashboard/summarize-certifications.ts";
import { createEnvironment, createUser } from "../src/seed/factories.ts";
import { createTestConnector } from "./connector-fixtures.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 2 });
const tag = `zc${randomBytes(4).toString("hex")}`;
const PR = "https://github.com/microsoft/PowerPlatformConnectors/pull/4321";
let maker: { userId: string; roles: string[]; groupIds: string[] };
let admin: typeof maker;
let otherMaker: typeof maker;
let connector: { id: string; slug: string };

const refusal = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

beforeAll(async () => {
  const envId = (await createEnvironment(db, `env-${tag}`)).id;
  const as = (u: { id: string; roles: string[] }) => ({ userId: u.id, roles: u.roles, groupIds: [] });
  const m = await createUser(db, { roles: ["Hub.Maker"], displayName: `Maya ${tag}`, upn: `maya.${tag}@contoso.example` });
  maker = as(m);
  admin = as(await createUser(db, { roles: ["Hub.Admin"], displayName: `Ada ${tag}`, upn: `ada.${tag}@contoso.example` }));
  otherMaker = as(await createUser(db, { roles: ["Hub.Maker"], displayName: `Omar ${tag}`, upn: `omar.${tag}@contoso.example` }));
  connector = await createTestConnector(db, { name: "Invoices", tag, ownerId: m.id, environmentId: envId });
});

// Within 10 s: a transaction that left a pool connection checked out (see recordCertificationEvent) would hang here.
afterAll(async () => {
  await db.$disconnect();
}, 10_000);

describe("certification events", () => {
  it("refuses people who do not edit the connector", async () => {
    const error = await refusal(recordCertificationEvent(db, { slug: connector.slug, actor: otherMaker, state: "SUBMITTED" }));
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(error.code);
    expect((await listCertificationEvents(db, { connectorId: connector.id })).events).toEqual([]);
  });

  it("refuses a state that cannot come first, a future date and a pull request elsewhere", async () => {
    const first = await refusal(recordCertificationEvent(db, { slug: connector.slug, actor: maker, state: "MERGED" }));
    expect(first.message).toBe('Nothing is recorded yet, so the certification cannot be merged: record "submitted" first.');
    const future = await refusal(
      recordCertificationEvent(db, { slug: connector.slug, actor: maker, state: "SUBMITTED", effectiveAt: new Date(Date.now() + 3 * 86_400_000) }),
    );
    expect(future.message).toContain("is in the future");
    const pr = await refusal(
      recordCertificationEvent(db, { slug: connector.slug, actor: maker, state: "SUBMITTED", pullRequestUrl: "https://github.com/me/fork/pull/3" }),
    );
    expect(pr.message).toContain("is not a pull request of microsoft/PowerPlatformConnectors");
  });

  it("records a maker's submission and an admin's merge, audited, and the dashboard counts it", async () => {
    const submittedAt = new Date(Date.now() - 12 * 86_400_000);
    const reviewAt = new Date(Date.now() - 10 * 86_400_000);
    await recordCertificationEvent(db, { slug: connector.slug, actor: maker, state: "SUBMITTED", effectiveAt: submittedAt, pullRequestUrl: PR });
    let history = await recordCertificationEvent(db, { slug: connector.slug, actor: maker, state: "IN_REVIEW", effectiveAt: reviewAt });
    expect(history.current).toBe("IN_REVIEW");
    expect((await summarizeCertifications(db)).inProgress).toBeGreaterThanOrEqual(1);
    const early = await refusal(
      recordCertificationEvent(db, { slug: connector.slug, actor: admin, state: "MERGED", effectiveAt: new Date(submittedAt.getTime() + 86_400_000) }),
    );
    expect(early.message).toContain("is before the previous state (in review on");
    history = await recordCertificationEvent(db, { slug: connector.slug, actor: admin, state: "MERGED", note: "Merged by Microsoft" });
    expect(history.events.map((e) => [e.state, e.recordedBy, e.pullRequestUrl])).toEqual([
      ["SUBMITTED", `Maya ${tag}`, PR],
      ["IN_REVIEW", `Maya ${tag}`, PR],
      ["MERGED", `Ada ${tag}`, PR],
    ]);
    expect(history.next).toEqual([]);
    const final = await refusal(recordCertificationEvent(db, { slug: connector.slug, actor: maker, state: "SUBMITTED" }));
    expect(final.code).toBe("CONFLICT");
    expect(final.message).toContain("already merged, which is final");
    const audit = await db.auditEvent.findMany({ where: { entityId: connector.id, action: "connector.certification_recorded" }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.actorLabel)).toEqual([
      `Maya ${tag} (maya.${tag}@contoso.example)`,
      `Maya ${tag} (maya.${tag}@contoso.example)`,
      `Ada ${tag} (ada.${tag}@contoso.example)`,
    ]);
    const summary = await summarizeCertifications(db);
    expect(summary.merged).toBeGreaterThanOrEqual(1);
    expect(summary.medianDaysToMerge).not.toBeNull();
  });

  it("two people recording the same state at once: one stands, the other is told to reload, and one event is kept", async () => {
    const raced = await createTestConnector(db, {
      name: "Race",
      tag,
      ownerId: maker.userId,
      environmentId: (await createEnvironment(db, `env-race-${tag}`)).id,
    });
    const results = await Promise.allSettled([
      recordCertificationEvent(db, { slug: raced.slug, actor: maker, state: "SUBMITTED", pullRequestUrl: PR }),
      recordCertificationEvent(db, { slug: raced.slug, actor: admin, state: "SUBMITTED", pullRequestUrl: PR }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected")!.reason as AppError;
    // The second waited for the first's row lock, then was checked against what the first recorded.
    expect(lost).toBeInstanceOf(AppError);
    expect(lost.code).toBe("CONFLICT");
    expect(lost.message).toContain("The certification is submitted, so it cannot be submitted next");
    expect((await listCertificationEvents(db, { connectorId: raced.id })).events.map((e) => e.state)).toEqual(["SUBMITTED"]);
  });
});
