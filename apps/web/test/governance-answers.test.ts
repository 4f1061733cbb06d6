import path from "node:path";
import { PERSONAS } from "@connector-hub/db/seed";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHubOpenApi } from "../app/api/v1/swagger.json/hub-openapi.ts";
import { answerValidator, bodyValidator } from "./support/openapi-answers.ts";
import { openTestSession, PUBLIC_URL, startTestHub, type TestHub } from "./support/test-hub.ts";

const appDir = path.resolve(import.meta.dirname, "../app");

// The success answers the authorization matrix does not reach (it calls with ids that do not exist): an
// administrator creates, reads, changes, copies, previews and deletes a DLP policy, revokes a share and checks
// eligibility, and each answer must match the hub's own definition with objects closed.
describe("governance answers match /api/v1/swagger.json", () => {
  let hub: TestHub;
  let cookie: string;
  const check = answerValidator(buildHubOpenApi("hub.contoso.com"));
  const checkBody = bodyValidator(buildHubOpenApi("hub.contoso.com"));

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = PERSONAS.find((p) => p.key === "admin")!;
    cookie = `hub_session=${await openTestSession(hub.db, hub.seeded.users[admin.key]!)}`;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  async function call(route: string, method: string, url: string, params: Record<string, string>, body?: unknown, as = cookie) {
    const viewer = await import("../src/server/auth/viewer.ts");
    const file = path.join(appDir, route, "route.ts");
    const mod = (await import(file)) as Record<string, (...args: unknown[]) => Promise<Response>>;
    const headers = new Headers({ origin: PUBLIC_URL, cookie: as, "x-forwarded-for": "10.9.0.1" });
    if (body !== undefined) headers.set("content-type", "application/json");
    const request = new NextRequest(`${PUBLIC_URL}${url}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const response = await viewer.runWithCredentials({ sessionCookie: as.slice("hub_session=".length), authorization: null, cookieOnly: false }, () =>
      mod[method]!(request, { params: Promise.resolve(params) }),
    );
    const answer = response.status === 204 ? null : ((await response.json()) as Record<string, unknown>);
    const key = `${method} ${route}`;
    // The body sent must be one the definition describes, or a connector built on it could not send it.
    const sent = body === undefined ? null : checkBody(key, body);
    if (sent?.problem) return { status: response.status, answer, result: { checked: true, problem: sent.problem } };
    const result = answer === null ? { checked: true } : check({ key, caller: "admin", status: response.status, body: answer });
    return { status: response.status, answer, result };
  }

  it("checks a sharing request preview against the definition", async () => {
    const maker2 = hub.seeded.users.maker2!;
    const ownCookie = `hub_session=${await openTestSession(hub.db, maker2)}`;
    const open = await hub.db.sharingRequest.findFirstOrThrow({ where: { requesterId: maker2.id }, include: { connector: true } });
    const preview = await call(
      "/api/v1/sharing-requests/preview",
      "POST",
      "/api/v1/sharing-requests/preview",
      {},
      { connectorSlug: open.connector.slug, target: { scope: "ORGANIZATION" }, secretHandling: "Each user signs in with their own account." },
      ownCookie,
    );
    expect(preview.status, JSON.stringify(preview.answer)).toBe(200);
    expect(preview.result).toEqual({ checked: true });
    expect((preview.answer!.gates as unknown[]).length).toBeGreaterThan(0);
  });

  it("checks each DLP policy answer and the share revocation against the definition", async () => {
    const connector = await hub.db.connector.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const draft = {
      name: "Answers check",
      scope: "TENANT",
      patterns: [
        { order: 1, pattern: "https://*.contoso.com", group: "BUSINESS" },
        { order: 2, pattern: "*", group: "NON_BUSINESS" },
      ],
      overrides: [{ connectorId: connector.id, group: "BLOCKED" }],
    };
    const created = await call("/api/v1/dlp/policies", "POST", "/api/v1/dlp/policies", {}, draft);
    expect(created.status, JSON.stringify(created.answer)).toBe(201);
    expect(created.result).toEqual({ checked: true });
    const id = created.answer!.id as string;
    expect(created.answer).toMatchObject({
      name: "Answers check",
      overrides: [{ connectorId: connector.id, group: "BLOCKED", connector: { slug: connector.slug } }],
    });
    expect(typeof created.answer!.updatedAt).toBe("string");

    const steps = [
      await call("/api/v1/dlp/policies", "GET", "/api/v1/dlp/policies", {}),
      await call("/api/v1/dlp/policies/[id]", "GET", `/api/v1/dlp/policies/${id}`, { id }),
      await call("/api/v1/dlp/policies/[id]", "PUT", `/api/v1/dlp/policies/${id}`, { id }, { ...draft, name: "Answers check 2" }),
      await call("/api/v1/dlp/policies/[id]/copy", "POST", `/api/v1/dlp/policies/${id}/copy`, { id }, {}),
      await call("/api/v1/dlp/policies/[id]/preview", "POST", `/api/v1/dlp/policies/${id}/preview`, { id }, { ...draft, overrides: [] }),
      await call("/api/v1/dlp/preview", "POST", "/api/v1/dlp/preview", {}, draft),
      await call("/api/v1/dlp/policies/[id]", "DELETE", `/api/v1/dlp/policies/${id}`, { id }),
    ];
    expect(steps.map((s) => s.status)).toEqual([200, 200, 200, 201, 200, 200, 204]);
    expect(steps.map((s) => s.result.problem ?? null)).toEqual(steps.map(() => null));

    const share = await hub.db.share.findFirstOrThrow({ where: { principalType: "USER", revokedAt: null } });
    const revoked = await call("/api/v1/shares/[id]", "DELETE", `/api/v1/shares/${share.id}`, { id: share.id });
    expect(revoked.status, JSON.stringify(revoked.answer)).toBe(200);
    expect(revoked.result).toEqual({ checked: true });
    expect(Object.keys(revoked.answer!).sort()).toEqual(["revokedAt", "scope"]);

    const mine = await call("/api/v1/eligibility", "GET", `/api/v1/eligibility?connector=${connector.slug}`, {});
    const maker = await hub.db.user.findFirstOrThrow({ where: { id: hub.seeded.users.maker!.id } });
    const theirs = await call("/api/v1/eligibility", "GET", `/api/v1/eligibility?user=${encodeURIComponent(maker.upn)}&context=flow`, {});
    expect([mine.status, theirs.status]).toEqual([200, 200]);
    expect([mine.result.problem ?? null, theirs.result.problem ?? null]).toEqual([null, null]);
    expect(theirs.answer).toMatchObject({ userId: maker.id, canCreate: { allowed: expect.any(Boolean) as unknown } });
  });

  it("checks a sharing request, a review step, a bulk eligibility check and the dashboard against the definition", async () => {
    const maker2 = hub.seeded.users.maker2!;
    const ownCookie = `hub_session=${await openTestSession(hub.db, maker2)}`;
    const open = await hub.db.sharingRequest.findFirstOrThrow({ where: { requesterId: maker2.id, stage: { notIn: ["APPROVED", "REJECTED", "WITHDRAWN"] } } });
    const got = await call("/api/v1/sharing-requests/[id]", "GET", `/api/v1/sharing-requests/${open.id}`, { id: open.id }, undefined, ownCookie);
    expect(got.status, JSON.stringify(got.answer)).toBe(200);
    expect(got.result).toEqual({ checked: true });
    expect(got.answer).toMatchObject({ id: open.id, isRequester: true, steps: [{ toStage: "SUBMITTED" }] });

    const acted = await call(
      "/api/v1/sharing-requests/[id]/actions",
      "POST",
      `/api/v1/sharing-requests/${open.id}/actions`,
      { id: open.id },
      { action: "withdraw", version: open.version, note: "Answers check" },
      ownCookie,
    );
    expect(acted.status, JSON.stringify(acted.answer)).toBe(200);
    expect(acted.result).toEqual({ checked: true });
    expect(acted.answer).toEqual({ stage: "WITHDRAWN", version: open.version + 1, sharesApplied: 0 });

    const connector = await hub.db.connector.findFirstOrThrow({ where: { scope: "ORGANIZATION" } });
    const upns = (await hub.db.user.findMany({ take: 3, orderBy: { upn: "asc" } })).map((u) => u.upn);
    const bulk = await call(
      "/api/v1/eligibility/bulk",
      "POST",
      "/api/v1/eligibility/bulk",
      {},
      { connector: connector.slug, upns: [...upns, "nobody@contoso.example"] },
    );
    expect(bulk.status, JSON.stringify(bulk.answer)).toBe(200);
    expect(bulk.result).toEqual({ checked: true });
    expect(bulk.answer).toMatchObject({ unknownUpns: ["nobody@contoso.example"], summary: { total: 3 } });

    const dashboard = await call("/api/v1/governance/dashboard", "GET", "/api/v1/governance/dashboard", {});
    expect(dashboard.status, JSON.stringify(dashboard.answer)).toBe(200);
    expect(dashboard.result).toEqual({ checked: true });
    expect(dashboard.answer).toMatchObject({ connectors: { total: expect.any(Number) as unknown }, isStale: false });
  });
});
