import { createUser, LOCAL_TENANT_ID } from "@connector-hub/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-hub.ts";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

async function sessionOf(user: { id: string; tenantId: string; oid: string; upn: string; displayName: string; roles: string[] }) {
  const { sealSession } = await import("../src/server/auth/session.ts");
  return sealSession({ uid: user.id, tid: user.tenantId, oid: user.oid, upn: user.upn, name: user.displayName, roles: user.roles, gids: [] }, { secret: process.env.HUB_SESSION_SECRET!, hours: 8 });
}

describe("a session of an account deactivated after sign-in", () => {
  it("is refused at once when the account was already off at the first request", async () => {
    const { resolveViewer } = await import("../src/server/auth/viewer.ts");
    const left = await createUser(hub.db, { tenantId: LOCAL_TENANT_ID, roles: ["Hub.Maker"], isActive: false });
    expect(await resolveViewer({ sessionCookie: await sessionOf(left), authorization: null })).toBeNull();
  });

  it("keeps working for up to 30 s after deactivation, then is refused", async () => {
    const { resolveViewer } = await import("../src/server/auth/viewer.ts");
    const { isAccountActive } = await import("../src/server/auth/account-status.ts");
    const user = await createUser(hub.db, { tenantId: LOCAL_TENANT_ID, roles: ["Hub.Maker"] });
    const cookie = await sessionOf(user);
    expect(await resolveViewer({ sessionCookie: cookie, authorization: null })).toMatchObject({ userId: user.id, via: "session" });
    await hub.db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await isAccountActive(user.id, Date.now() + 10_000)).toBe(true);
    expect(await isAccountActive(user.id, Date.now() + 31_000)).toBe(false);
    // The fresh answer is what the next request sees.
    expect(await resolveViewer({ sessionCookie: cookie, authorization: null })).toBeNull();
  });
});
