import { createUser, LOCAL_TENANT_ID } from "@connector-hub/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestSession, startTestHub, type TestHub } from "./support/test-hub.ts";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

describe("a session of an account deactivated after sign-in", () => {
  it("is refused at once when the account was already off at the first request", async () => {
    const { resolveViewer } = await import("../src/server/auth/viewer.ts");
    const left = await createUser(hub.db, { tenantId: LOCAL_TENANT_ID, roles: ["Hub.Maker"], isActive: false });
    expect(await resolveViewer({ sessionCookie: await openTestSession(hub.db, left), authorization: null })).toBeNull();
  });

  it("is refused at the next request after deactivation, and the session row is ended (the trigger on User)", async () => {
    const { resolveViewer } = await import("../src/server/auth/viewer.ts");
    const user = await createUser(hub.db, { tenantId: LOCAL_TENANT_ID, roles: ["Hub.Maker"] });
    const cookie = await openTestSession(hub.db, user);
    expect(await resolveViewer({ sessionCookie: cookie, authorization: null })).toMatchObject({ userId: user.id, via: "session" });
    await hub.db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await resolveViewer({ sessionCookie: cookie, authorization: null })).toBeNull();
    const rows = await hub.db.session.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.revokedAt !== null)).toEqual([true]);
    // Reactivated, the person signs in again: the old session stays ended.
    await hub.db.user.update({ where: { id: user.id }, data: { isActive: true } });
    expect(await resolveViewer({ sessionCookie: cookie, authorization: null })).toBeNull();
  });

  it("reads roles and groups from the database on every request, not from the sign-in", async () => {
    const { resolveViewer } = await import("../src/server/auth/viewer.ts");
    const user = await createUser(hub.db, { tenantId: LOCAL_TENANT_ID, roles: ["Hub.Admin"] });
    const cookie = await openTestSession(hub.db, user);
    expect(await resolveViewer({ sessionCookie: cookie, authorization: null })).toMatchObject({ isAdmin: true, groupIds: [] });
    await hub.db.user.update({ where: { id: user.id }, data: { roles: [] } });
    await hub.db.groupMember.create({ data: { userId: user.id, groupId: hub.seeded.groups.finance.id } });
    expect(await resolveViewer({ sessionCookie: cookie, authorization: null })).toMatchObject({
      isAdmin: false,
      isMaker: false,
      groupIds: [hub.seeded.groups.finance.id],
    });
  });
});
