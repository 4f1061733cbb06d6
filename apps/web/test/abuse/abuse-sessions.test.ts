// Abuse: what a copied session cookie can do after its owner signed out, was deactivated or lost a role (issue 16).
// Against the real hub over HTTP (production build, local OpenID provider, real sign-in); each of these passed on the
// stateless cookie sessions of before, where a cookie worked for its 8 hours with the roles it was issued with.
import { revokeUserSessions } from "@connector-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRealHub, type RealHub } from "../support/real-hub.ts";

let hub: RealHub;
beforeAll(async () => {
  hub = await startRealHub();
}, 900_000);
afterAll(() => hub?.stop());

/** What a person sees of a page: served (its own heading), or sent to sign in. */
async function page(pathname: string, cookie: string) {
  const response = await hub.get(pathname, { cookie });
  const html = response.status === 200 ? await response.text() : "";
  return { status: response.status, location: response.headers.get("location"), html };
}
const api = async (pathname: string, cookie: string) => (await hub.get(pathname, { cookie })).status;

describe("a session cookie replayed after sign-out", () => {
  it("gets 401 from the API and the sign-in page from pages at the very next request", async () => {
    const cookie = await hub.signIn("admin");
    expect(await api("/api/v1/tokens", cookie)).toBe(200);
    expect((await page("/admin/audit", cookie)).html).toContain(">Audit log</h1>");

    const signedOut = await hub.send("POST", "/auth/sign-out", { headers: { cookie } });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.getSetCookie().join()).toMatch(/hub_session=;/);

    // The attacker kept a copy of the cookie: the Session row is ended, so it opens nothing.
    expect(await api("/api/v1/tokens", cookie)).toBe(401);
    const audit = await page("/admin/audit", cookie);
    expect(audit.html).not.toContain(">Audit log</h1>");
    expect(audit.html).toMatch(/Sign in to see (<!-- -->)?the audit log/);
    const governance = await page("/governance", cookie);
    expect(governance.html).not.toContain(">Governance</h1>");
    expect(governance.html).toMatch(/Sign in to see (<!-- -->)?the governance dashboard/);
    expect(governance.html).toContain('href="/auth/sign-in?returnTo=%2Fgovernance"');

    const event = await hub.db.auditEvent.findFirst({ where: { action: "session.signed_out", actorId: hub.seeded.users.admin!.id } });
    expect(event).toMatchObject({ entityType: "Session" });
  });

  it("is refused even when the cookie was copied before a second sign-in of the same person", async () => {
    const first = await hub.signIn("maker", "laptop");
    const second = await hub.signIn("maker", "phone");
    await hub.send("POST", "/auth/sign-out", { headers: { cookie: first } });
    expect(await api("/api/v1/tokens", first)).toBe(401);
    // Signing out ends that session only; the other browser stays signed in.
    expect(await api("/api/v1/tokens", second)).toBe(200);
  });
});

describe("a session of a person the hub no longer trusts", () => {
  it("is refused at the next request once the account is deactivated", async () => {
    const cookie = await hub.signIn("maker2");
    expect(await api("/api/v1/tokens", cookie)).toBe(200);
    await hub.db.user.update({ where: { id: hub.seeded.users.maker2!.id }, data: { isActive: false } });
    expect(await api("/api/v1/tokens", cookie)).toBe(401);
    expect((await page("/licence", cookie)).html).toMatch(/Sign in to see (<!-- -->)?your licence/);
    // Reactivating the account does not bring the old session back: the person signs in again.
    await hub.db.user.update({ where: { id: hub.seeded.users.maker2!.id }, data: { isActive: true } });
    expect(await api("/api/v1/tokens", cookie)).toBe(401);
  });

  it("is refused at the next request after an administrator ends the person's sessions, and that is audited", async () => {
    const cookie = await hub.signIn("builder");
    expect(await api("/api/v1/tokens", cookie)).toBe(200);
    const ada = hub.seeded.users.admin!;
    // The same function the administrators' button on /auth/sessions calls (the browser test clicks it).
    const { revoked } = await revokeUserSessions(hub.db, { userId: hub.seeded.users.builder!.id, actor: { id: ada.id, label: ada.upn } });
    expect(revoked).toBeGreaterThanOrEqual(1);
    expect(await api("/api/v1/tokens", cookie)).toBe(401);
    expect(await hub.db.auditEvent.count({ where: { action: "user.sessions_revoked", entityId: hub.seeded.users.builder!.id } })).toBe(1);
  });
});

describe("roles and groups changed in the database", () => {
  it("take effect at the next request, not at the next sign-in (no cache to wait for)", async () => {
    const bea = hub.seeded.users.builder!;
    const cookie = await hub.signIn("builder");
    expect((await page("/admin/audit", cookie)).html).not.toContain(">Audit log</h1>");
    expect(await api("/api/v1/audit", cookie)).toBe(403);

    await hub.db.user.update({ where: { id: bea.id }, data: { roles: ["Hub.Admin"] } });
    expect(await api("/api/v1/audit", cookie)).toBe(200);
    expect((await page("/admin/audit", cookie)).html).toContain(">Audit log</h1>");

    await hub.db.user.update({ where: { id: bea.id }, data: { roles: [] } });
    expect(await api("/api/v1/audit", cookie)).toBe(403);
    expect((await page("/admin/audit", cookie)).html).not.toContain(">Audit log</h1>");
  });

  it("a group membership removed in the database takes back what the group's share gave", async () => {
    const bea = hub.seeded.users.builder!;
    const cookie = await hub.signIn("builder");
    const finance = hub.seeded.groups.finance.id;
    const shared = await hub.db.share.findFirst({
      where: { groupId: finance, revokedAt: null, connector: { scope: { in: ["PRIVATE", "USERS"] } } },
      select: { connector: { select: { slug: true } } },
    });
    expect(shared, "the demo seed shares a connector with the Finance group").not.toBeNull();
    const slug = shared!.connector.slug;
    expect(await api(`/api/v1/connectors/${slug}`, cookie)).toBe(200);
    await hub.db.groupMember.delete({ where: { groupId_userId: { groupId: finance, userId: bea.id } } });
    expect(await api(`/api/v1/connectors/${slug}`, cookie)).toBe(404);
    await hub.db.groupMember.create({ data: { groupId: finance, userId: bea.id } });
  });
});

describe("a forged or stale cookie", () => {
  it("is no session: a value the hub did not seal is refused like no cookie", async () => {
    expect(await api("/api/v1/tokens", "hub_session=not-a-sealed-cookie")).toBe(401);
    expect(await api("/api/v1/tokens", `hub_session=${"x".repeat(300)}`)).toBe(401);
  });
});
