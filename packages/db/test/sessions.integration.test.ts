import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { createSession } from "../src/auth/create-session.ts";
import { findSessionUser } from "../src/auth/find-session-user.ts";
import { hashApiToken } from "../src/auth/hash-api-token.ts";
import { listPeopleWithSessions } from "../src/auth/list-people-with-sessions.ts";
import { listSessions } from "../src/auth/list-sessions.ts";
import { revokeSession } from "../src/auth/revoke-session.ts";
import { revokeUserSessions } from "../src/auth/revoke-user-sessions.ts";
import { createUser } from "../src/seed/factories.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 2 });
const tenantId = `tenant-${randomUUID()}`;
afterAll(() => db.$disconnect());

describe("server-side sessions", () => {
  it("store only the SHA-256 of the cookie's id, and find the person with roles and groups as they are now", async () => {
    const user = await createUser(db, { tenantId, roles: ["Hub.Maker"] });
    const opened = await createSession(db, { userId: user.id, hours: 8, userAgent: "Firefox" });
    const row = await db.session.findUniqueOrThrow({ where: { id: opened.id } });
    expect(row.tokenHash).toBe(hashApiToken(opened.secret));
    expect(JSON.stringify(row)).not.toContain(opened.secret);
    expect(await findSessionUser(db, opened.secret)).toMatchObject({
      ok: true,
      sessionId: opened.id,
      user: { id: user.id, roles: ["Hub.Maker"], groupIds: [] },
    });
    await db.user.update({ where: { id: user.id }, data: { roles: [] } });
    expect(await findSessionUser(db, opened.secret)).toMatchObject({ ok: true, user: { roles: [] } });
  });

  it("refuse unknown, malformed, expired and ended sessions with a reason", async () => {
    const user = await createUser(db, { tenantId });
    const old = await createSession(db, { userId: user.id, hours: 1, now: new Date(Date.now() - 2 * 3600_000) });
    expect(await findSessionUser(db, old.secret)).toEqual({ ok: false, reason: "expired" });
    expect(await findSessionUser(db, "x".repeat(43))).toEqual({ ok: false, reason: "unknown" });
    expect(await findSessionUser(db, "short")).toEqual({ ok: false, reason: "malformed" });
    const live = await createSession(db, { userId: user.id, hours: 1 });
    await revokeSession(db, { userId: user.id, sessionId: live.id, actor: { id: user.id, label: user.upn } });
    expect(await findSessionUser(db, live.secret)).toEqual({ ok: false, reason: "revoked" });
  });

  it("note when a session was last used, at most once a minute", async () => {
    const user = await createUser(db, { tenantId });
    const start = new Date(Date.now() - 10 * 60_000);
    const opened = await createSession(db, { userId: user.id, hours: 1, now: start });
    await findSessionUser(db, opened.secret, new Date(start.getTime() + 30_000));
    expect((await db.session.findUniqueOrThrow({ where: { id: opened.id } })).lastSeenAt).toEqual(start);
    const later = new Date(start.getTime() + 5 * 60_000);
    await findSessionUser(db, opened.secret, later);
    expect((await db.session.findUniqueOrThrow({ where: { id: opened.id } })).lastSeenAt).toEqual(later);
  });

  it("end only your own session: someone else's looks missing; ending twice records one event", async () => {
    const [a, b] = [await createUser(db, { tenantId }), await createUser(db, { tenantId })];
    const opened = await createSession(db, { userId: a.id, hours: 1 });
    await expect(revokeSession(db, { userId: b.id, sessionId: opened.id, actor: { id: b.id, label: b.upn } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await revokeSession(db, { userId: a.id, sessionId: opened.id, actor: { id: a.id, label: a.upn } })).toEqual({ id: opened.id, revoked: true });
    expect(await revokeSession(db, { userId: a.id, sessionId: opened.id, actor: { id: a.id, label: a.upn } })).toEqual({ id: opened.id, revoked: false });
    expect(await db.auditEvent.count({ where: { action: "session.revoked", entityId: opened.id } })).toBe(1);
    expect(await listSessions(db, a.id)).toEqual([]);
  });

  it("an administrator ends all of a person's open sessions in one audited step; the list of people follows", async () => {
    const [person, admin] = [await createUser(db, { tenantId }), await createUser(db, { tenantId, roles: ["Hub.Admin"] })];
    await createSession(db, { userId: person.id, hours: 1, userAgent: "one" });
    await createSession(db, { userId: person.id, hours: 1, userAgent: "two" });
    expect((await listSessions(db, person.id)).map((s) => s.userAgent).sort()).toEqual(["one", "two"]);
    expect((await listPeopleWithSessions(db)).find((p) => p.user.id === person.id)).toMatchObject({ open: 2 });
    expect(await revokeUserSessions(db, { userId: person.id, actor: { id: admin.id, label: admin.upn } })).toEqual({ revoked: 2 });
    expect(await listSessions(db, person.id)).toEqual([]);
    expect((await listPeopleWithSessions(db)).find((p) => p.user.id === person.id)).toBeUndefined();
    expect(await db.auditEvent.findMany({ where: { action: "user.sessions_revoked", entityId: person.id }, select: { actorId: true, after: true } })).toEqual([
      { actorId: admin.id, after: { upn: person.upn, sessionsEnded: 2 } },
    ]);
  });

  it("a new sign-in clears the person's sessions that ended or expired over 30 days ago, and keeps the rest", async () => {
    const user = await createUser(db, { tenantId });
    const long = new Date(Date.now() - 40 * 86_400_000);
    const stale = await createSession(db, { userId: user.id, hours: 8, now: long });
    const recent = await createSession(db, { userId: user.id, hours: 1, now: new Date(Date.now() - 2 * 3600_000) });
    await createSession(db, { userId: user.id, hours: 8 });
    expect(await db.session.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });

  it("deactivating an account ends its sessions in the database itself (trigger)", async () => {
    const user = await createUser(db, { tenantId });
    const opened = await createSession(db, { userId: user.id, hours: 1 });
    await db.$executeRaw`UPDATE "User" SET "isActive" = false WHERE id = ${user.id}`;
    expect((await db.session.findUniqueOrThrow({ where: { id: opened.id } })).revokedAt).not.toBeNull();
  });
});
