import { describe, expect, it } from "vitest";
import { canDecideRequest, canEditConnector, canReadConnector, type AccessConnector, type AccessUser } from "../src/index.ts";

const owner: AccessUser = { id: "owner", roles: ["Hub.Maker"] };
const admin: AccessUser = { id: "admin", roles: ["Hub.Admin"] };
const viewer: AccessUser = { id: "viewer", roles: [] };
const editor: AccessUser = { id: "editor", roles: ["Hub.Maker"] };
const financeMember: AccessUser = { id: "fin", roles: [], groupIds: ["g-finance"] };
const opsMember: AccessUser = { id: "ops", roles: [], groupIds: ["g-ops"] };
const stranger: AccessUser = { id: "stranger", roles: [], groupIds: ["g-other"] };

const shared: AccessConnector = {
  ownerId: "owner",
  scope: "USERS",
  shares: [
    { principalType: "USER", userId: "viewer", permission: "CAN_VIEW" },
    { principalType: "USER", userId: "editor", permission: "CAN_EDIT" },
    { principalType: "GROUP", groupId: "g-finance", permission: "CAN_VIEW" },
    { principalType: "GROUP", groupId: "g-ops", permission: "CAN_EDIT" },
  ],
};
const privateOne: AccessConnector = { ownerId: "owner", scope: "PRIVATE", shares: [] };
const orgWide: AccessConnector = { ownerId: "owner", scope: "ORGANIZATION", shares: [] };
const orgShare: AccessConnector = { ownerId: "owner", scope: "USERS", shares: [{ principalType: "ORGANIZATION", permission: "CAN_VIEW" }] };

describe("canReadConnector / canEditConnector", () => {
  it.each<{ who: AccessUser; connector: AccessConnector; label: string; read: boolean; edit: boolean; code: string }>([
    { label: "owner, private", who: owner, connector: privateOne, read: true, edit: true, code: "access.owner" },
    { label: "admin, private", who: admin, connector: privateOne, read: true, edit: true, code: "access.admin" },
    { label: "stranger, private", who: stranger, connector: privateOne, read: false, edit: false, code: "access.denied" },
    { label: "user shared Can view", who: viewer, connector: shared, read: true, edit: false, code: "access.shared" },
    { label: "user shared Can edit (co-owner)", who: editor, connector: shared, read: true, edit: true, code: "access.co_owner" },
    { label: "group member, group Can view", who: financeMember, connector: shared, read: true, edit: false, code: "access.shared" },
    { label: "group member, group Can edit", who: opsMember, connector: shared, read: true, edit: true, code: "access.co_owner" },
    { label: "stranger, shared with others", who: stranger, connector: shared, read: false, edit: false, code: "access.denied" },
    { label: "stranger, organization scope", who: stranger, connector: orgWide, read: true, edit: false, code: "access.organization" },
    { label: "stranger, organization share", who: stranger, connector: orgShare, read: true, edit: false, code: "access.organization" },
    { label: "stranger, public", who: stranger, connector: { ...privateOne, scope: "PUBLIC" }, read: true, edit: false, code: "access.organization" },
  ])("$label: read $read, edit $edit", ({ who, connector, read, edit, code }) => {
    const r = canReadConnector(connector, { userId: who.id, roles: who.roles, groupIds: who.groupIds });
    expect(r.allowed).toBe(read);
    expect(r.code).toBe(code);
    expect(canEditConnector({ connector, user: who }).allowed).toBe(edit);
  });

  it("ignores a revoked share", () => {
    const revoked: AccessConnector = {
      ownerId: "owner",
      scope: "USERS",
      shares: [{ principalType: "USER", userId: "editor", permission: "CAN_EDIT", revokedAt: new Date("2026-11-01T00:00:00Z") }],
    };
    expect(canReadConnector(revoked, { userId: editor.id, roles: editor.roles }).allowed).toBe(false);
    expect(canEditConnector({ connector: revoked, user: editor }).allowed).toBe(false);
  });

  it.each<{ connector: AccessConnector; label: string; read: boolean }>([
    { label: "private", connector: privateOne, read: false },
    { label: "organization scope", connector: orgWide, read: false },
    { label: "organization share", connector: orgShare, read: false },
    { label: "shared with people and groups", connector: shared, read: false },
    { label: "public", connector: { ...privateOne, scope: "PUBLIC" }, read: true },
  ])("anonymous, $label: read $read (organization means the tenant's signed-in people)", ({ connector, read }) => {
    expect(canReadConnector(connector, null).allowed).toBe(read);
  });

  it("tells a viewer how to get edit rights", () => {
    expect(canEditConnector({ connector: shared, user: viewer }).reason).toContain("ask the owner for Can edit");
  });
});

describe("canDecideRequest", () => {
  it.each([
    { label: "another admin", user: admin, requesterId: "owner", allowed: true, code: "access.admin" },
    { label: "the requesting admin", user: admin, requesterId: "admin", allowed: false, code: "access.own_request" },
    { label: "a maker", user: owner, requesterId: "someone", allowed: false, code: "access.denied" },
    { label: "a builder", user: viewer, requesterId: "someone", allowed: false, code: "access.denied" },
  ])("$label: $allowed", ({ user, requesterId, allowed, code }) => {
    expect(canDecideRequest({ request: { requesterId }, user })).toMatchObject({ allowed, code });
  });
});
