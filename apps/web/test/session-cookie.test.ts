import { describe, expect, it } from "vitest";
import { openSession, openSignInFlow, sealSession, sealSignInFlow, type TSessionClaims } from "../src/server/auth/session.ts";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const tenantId = "tenant-1";
const claims: TSessionClaims = { sid: "s3ss10n-1d-0f-f0rty-thr33-characters-l0ng00", tid: tenantId };

describe("the session cookie", () => {
  it("round-trips the session id and is unreadable without the key", async () => {
    const sealed = await sealSession(claims, { secret, hours: 8 });
    expect(sealed).not.toContain("s3ss10n");
    expect(Buffer.from(sealed.split(".")[3] ?? "", "base64url").toString()).not.toContain("s3ss10n");
    expect(await openSession(sealed, { secret, tenantId })).toEqual({ ok: true, claims });
  });

  it("refuses a cookie with one character changed", async () => {
    const sealed = await sealSession(claims, { secret, hours: 8 });
    const i = sealed.length - 10;
    const tampered = sealed.slice(0, i) + (sealed[i] === "A" ? "B" : "A") + sealed.slice(i + 1);
    expect(await openSession(tampered, { secret, tenantId })).toEqual({ ok: false, reason: "tampered" });
  });

  it("refuses a cookie sealed with another secret", async () => {
    const sealed = await sealSession(claims, { secret: `${secret}-other`, hours: 8 });
    expect(await openSession(sealed, { secret, tenantId })).toMatchObject({ ok: false, reason: "tampered" });
  });

  it("refuses an expired session", async () => {
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    const sealed = await sealSession(claims, { secret, hours: 8, now: yesterday });
    expect(await openSession(sealed, { secret, tenantId })).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a session of another tenant", async () => {
    const sealed = await sealSession({ ...claims, tid: "someone-elses-tenant" }, { secret, hours: 8 });
    expect(await openSession(sealed, { secret, tenantId })).toEqual({ ok: false, reason: "wrong-tenant" });
  });

  it("does not accept a sign-in flow cookie as a session, nor the reverse", async () => {
    const flow = await sealSignInFlow({ state: "s".repeat(20), nonce: "n".repeat(20), verifier: "v".repeat(43), returnTo: "/" }, { secret });
    expect((await openSession(flow, { secret, tenantId })).ok).toBe(false);
    const session = await sealSession(claims, { secret, hours: 8 });
    expect(await openSignInFlow(session, { secret })).toBeNull();
    expect(await openSignInFlow(flow, { secret })).toMatchObject({ returnTo: "/" });
  });
});
