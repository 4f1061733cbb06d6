import { describe, expect, it } from "vitest";
import { readIdentity } from "../src/server/auth/read-identity.ts";
import { safeReturnTo } from "../src/server/auth/safe-return-to.ts";
import { enforceRateLimit } from "../src/server/auth/rate-limit.ts";

const TENANT = "7f1c2a4e-1b7d-4c53-9a0e-0c0ffee00001";

describe("reading the ID token", () => {
  it("keys the person by oid and tenant, with app roles and groups", () => {
    const identity = readIdentity(
      { oid: "o1", tid: TENANT, name: "Ada", preferred_username: "ada@contoso.example", roles: ["Hub.Admin", "Other.Role"], groups: ["g1"] },
      TENANT,
    );
    expect(identity).toMatchObject({
      ok: true,
      oid: "o1",
      tenantId: TENANT,
      upn: "ada@contoso.example",
      displayName: "Ada",
      roles: ["Hub.Admin"],
      groupObjectIds: ["g1"],
    });
  });

  it("makes someone with no app role a builder (no roles)", () => {
    expect(readIdentity({ oid: "o1", tid: TENANT }, TENANT)).toMatchObject({ ok: true, roles: [], groupObjectIds: [] });
  });

  it("refuses a token from another tenant with 403", () => {
    expect(readIdentity({ oid: "o1", tid: "another-tenant" }, TENANT)).toMatchObject({ ok: false, status: 403, reason: "wrong-tenant" });
  });

  it("refuses a token without oid", () => {
    expect(readIdentity({ tid: TENANT, preferred_username: "x@y" }, TENANT)).toMatchObject({ ok: false, status: 401 });
  });

  it("notices a groups overage instead of silently dropping groups", () => {
    expect(readIdentity({ oid: "o1", tid: TENANT, _claim_names: { groups: "src1" } }, TENANT)).toMatchObject({ ok: true, groupsOverage: true });
  });
});

describe("where sign-in returns to", () => {
  it.each([
    ["/connectors/x?tab=versions", "/connectors/x?tab=versions"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["/auth/sign-out", "/"],
    ["/auth/tokens", "/auth/tokens"],
    [null, "/"],
  ])("%s -> %s", (input, expected) => expect(safeReturnTo(input, "http://127.0.0.1:3999")).toBe(expected));
});

describe("the rate limit", () => {
  it("lets the limit through, refuses the next with 429 and a wait, and resets after the window", () => {
    const key = `test:${Math.random()}`;
    for (let i = 0; i < 3; i++) enforceRateLimit({ key, limit: 3, windowMs: 60_000, now: 1_000 });
    expect(() => enforceRateLimit({ key, limit: 3, windowMs: 60_000, now: 2_000 })).toThrow(/Wait 59 s/);
    expect(() => enforceRateLimit({ key, limit: 3, windowMs: 60_000, now: 61_000 })).not.toThrow();
  });
});
