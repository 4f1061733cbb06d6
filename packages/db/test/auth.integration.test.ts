import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { createApiToken } from "../src/auth/create-api-token.ts";
import { findApiTokenUser } from "../src/auth/find-api-token-user.ts";
import { hashApiToken } from "../src/auth/hash-api-token.ts";
import { listApiTokens } from "../src/auth/list-api-tokens.ts";
import { revokeApiToken } from "../src/auth/revoke-api-token.ts";
import { upsertSignedInUser } from "../src/auth/upsert-signed-in-user.ts";
import { createUser } from "../src/seed/factories.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 2 });
// A tenant of this file's own, so nothing here collides with other test files' users and groups.
const tenantId = `tenant-${randomUUID()}`;
afterAll(() => db.$disconnect());

describe("recording a sign-in", () => {
  it("creates the user once per tenant + oid, and follows a changed e-mail and name without a second record", async () => {
    const oid = randomUUID();
    const first = await upsertSignedInUser(db, {
      tenantId,
      oid,
      upn: "old@contoso.example",
      displayName: "Old Name",
      roles: ["Hub.Maker"],
      groupObjectIds: [],
    });
    const again = await upsertSignedInUser(db, { tenantId, oid, upn: "new@contoso.example", displayName: "New Name", roles: [], groupObjectIds: [] });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ upn: "new@contoso.example", displayName: "New Name", roles: [] });
    expect(await db.user.count({ where: { tenantId, oid } })).toBe(1);
  });

  it("does not merge two people who share an e-mail address", async () => {
    const a = await upsertSignedInUser(db, { tenantId, oid: randomUUID(), upn: "shared@contoso.example", displayName: "A", roles: [], groupObjectIds: [] });
    const b = await upsertSignedInUser(db, { tenantId, oid: randomUUID(), upn: "shared@contoso.example", displayName: "B", roles: [], groupObjectIds: [] });
    expect(a.id).not.toBe(b.id);
  });

  it("keeps group memberships as the token states them: joins new groups, leaves dropped ones", async () => {
    const oid = randomUUID();
    const [g1, g2] = [randomUUID(), randomUUID()];
    const first = await upsertSignedInUser(db, { tenantId, oid, upn: "g@contoso.example", displayName: "G", roles: [], groupObjectIds: [g1, g2] });
    expect(first.groupIds).toHaveLength(2);
    const later = await upsertSignedInUser(db, { tenantId, oid, upn: "g@contoso.example", displayName: "G", roles: [], groupObjectIds: [g2] });
    const stored = await db.groupMember.findMany({ where: { userId: later.id }, include: { group: true } });
    expect(stored.map((m) => m.group.objectId)).toEqual([g2]);
    expect(later.groupIds).toEqual([stored[0]!.groupId]);
  });
});

describe("personal API tokens", () => {
  it("shows the secret once and stores only its SHA-256", async () => {
    const user = await createUser(db, { tenantId, roles: ["Hub.Maker"] });
    const token = await createApiToken(db, { userId: user.id, input: { name: "ci", scopes: ["validate"] } });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(token.secret).toMatch(/^chub_/);
    expect(row.tokenHash).toBe(hashApiToken(token.secret));
    expect(JSON.stringify(row)).not.toContain(token.secret);
    expect(JSON.stringify(await listApiTokens(db, user.id))).not.toContain(token.secret);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(89 * 86_400_000);
  });

  it("audits creation and revocation with the change itself, never with the secret, and one revocation once", async () => {
    const user = await createUser(db, { tenantId, roles: ["Hub.Maker"] });
    const token = await createApiToken(db, {
      userId: user.id,
      input: { name: "audited", scopes: ["validate"] },
      actorLabel: "Maya (maya@contoso.example)",
      requestId: "req-create-1",
    });
    await Promise.all([revokeApiToken(db, { userId: user.id, tokenId: token.id }), revokeApiToken(db, { userId: user.id, tokenId: token.id })]);
    await revokeApiToken(db, { userId: user.id, tokenId: token.id });
    const events = await db.auditEvent.findMany({ where: { entityType: "ApiToken", entityId: token.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["api_token.created", "api_token.revoked"]);
    expect(events[0]).toMatchObject({
      actorId: user.id,
      actorLabel: "Maya (maya@contoso.example)",
      requestId: "req-create-1",
      after: { name: "audited", scopes: ["validate"] },
    });
    expect(JSON.stringify(events.map(({ id: _id, ...e }) => e))).not.toContain(token.secret);
  });

  it("holds the 20-token limit under concurrent creation, leaving neither a token nor an event behind a refusal", async () => {
    const user = await createUser(db, { tenantId, roles: ["Hub.Maker"] });
    for (let i = 0; i < 19; i++) await createApiToken(db, { userId: user.id, input: { name: `t${i}`, scopes: ["validate"] } });
    const racing = await Promise.allSettled([0, 1].map((i) => createApiToken(db, { userId: user.id, input: { name: `race${i}`, scopes: ["validate"] } })));
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await expect(createApiToken(db, { userId: user.id, input: { name: "one too many", scopes: ["validate"] } })).rejects.toThrow(
      /20 active tokens; revoke one/,
    );
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(20);
    expect(await db.auditEvent.count({ where: { entityType: "ApiToken", actorId: user.id } })).toBe(20);
  });

  it("resolves a valid token to its owner and scopes; refuses revoked, expired and unknown ones", async () => {
    const user = await createUser(db, { tenantId, roles: ["Hub.Maker"] });
    const token = await createApiToken(db, { userId: user.id, input: { name: "ci", scopes: ["validate", "connectors:write"], expiresInDays: 1 } });
    expect(await findApiTokenUser(db, token.secret)).toMatchObject({ ok: true, scopes: ["validate", "connectors:write"], user: { id: user.id } });
    expect(await findApiTokenUser(db, token.secret, new Date(Date.now() + 2 * 86_400_000))).toEqual({ ok: false, reason: "expired" });
    expect(await findApiTokenUser(db, `${token.secret}x`)).toEqual({ ok: false, reason: "unknown" });
    expect(await findApiTokenUser(db, "not-a-token")).toEqual({ ok: false, reason: "malformed" });
    await revokeApiToken(db, { userId: user.id, tokenId: token.id });
    expect(await findApiTokenUser(db, token.secret)).toEqual({ ok: false, reason: "revoked" });
  });

  it("records when a token was last used, to the minute", async () => {
    const user = await createUser(db, { tenantId, roles: ["Hub.Maker"] });
    const token = await createApiToken(db, { userId: user.id, input: { name: "poller", scopes: ["connectors:read"] } });
    const lastUsed = async () => (await listApiTokens(db, user.id)).find((t) => t.id === token.id)?.lastUsedAt;
    const t0 = new Date();
    await findApiTokenUser(db, token.secret, t0);
    expect(await lastUsed()).toEqual(t0);
    // A second call within the minute leaves it as it was; one a minute later moves it.
    await findApiTokenUser(db, token.secret, new Date(t0.getTime() + 30_000));
    expect(await lastUsed()).toEqual(t0);
    const t1 = new Date(t0.getTime() + 60_000);
    await findApiTokenUser(db, token.secret, t1);
    expect(await lastUsed()).toEqual(t1);
  });

  it("refuses a token of someone who left", async () => {
    const user = await createUser(db, { tenantId, roles: ["Hub.Maker"], isActive: false });
    const token = await createApiToken(db, { userId: user.id, input: { name: "ci", scopes: ["validate"] } });
    expect(await findApiTokenUser(db, token.secret)).toEqual({ ok: false, reason: "inactive-user" });
  });

  it("lets nobody revoke another person's token, and says what to do", async () => {
    const owner = await createUser(db, { tenantId });
    const other = await createUser(db, { tenantId });
    const token = await createApiToken(db, { userId: owner.id, input: { name: "ci", scopes: ["validate"] } });
    await expect(revokeApiToken(db, { userId: other.id, tokenId: token.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await findApiTokenUser(db, token.secret)).toMatchObject({ ok: true });
  });

  it("rejects bad input with messages that say what to change", async () => {
    const user = await createUser(db, { tenantId });
    await expect(createApiToken(db, { userId: user.id, input: { name: "", scopes: [] } })).rejects.toThrow(/name/);
    await expect(createApiToken(db, { userId: user.id, input: { name: "x", scopes: ["admin" as "validate"] } })).rejects.toThrow(
      /validate, connectors:read, connectors:write/,
    );
    await expect(createApiToken(db, { userId: user.id, input: { name: "x", scopes: ["validate"], expiresInDays: 1000 } })).rejects.toThrow(/365/);
  });
});
