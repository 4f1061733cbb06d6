import { ROLE_ADMIN, type AccessConnector, type AccessDecision, type AccessUser } from "../types.ts";

export type ConnectorAccess = { canRead: AccessDecision; canEdit: AccessDecision };

/**
 * Read and edit rights of one user on one connector, from ownership, shares and scope.
 * Can edit on a share makes a co-owner, as on the platform; groups count through membership.
 */
export function resolveConnectorAccess(connector: AccessConnector, user: AccessUser): ConnectorAccess {
  if (user.roles.includes(ROLE_ADMIN)) {
    const d: AccessDecision = { allowed: true, code: "access.admin", reason: "Administrators can read and change every connector." };
    return { canRead: d, canEdit: d };
  }
  if (connector.ownerId === user.id) {
    const d: AccessDecision = { allowed: true, code: "access.owner", reason: "You own this connector." };
    return { canRead: d, canEdit: d };
  }
  const groups = new Set(user.groupIds ?? []);
  let viaView: "user" | "group" | "organization" | null = null;
  let viaEdit: "user" | "group" | null = null;
  for (const share of connector.shares) {
    if (share.revokedAt != null) continue;
    const via =
      share.principalType === "ORGANIZATION"
        ? "organization"
        : share.principalType === "USER" && share.userId === user.id
          ? "user"
          : share.principalType === "GROUP" && share.groupId != null && groups.has(share.groupId)
            ? "group"
            : null;
    if (via === null) continue;
    if (share.permission === "CAN_EDIT" && via !== "organization") viaEdit ??= via;
    else if (viaView === null || viaView === "organization") viaView = via;
  }
  const denyEdit: AccessDecision = {
    allowed: false,
    code: "access.denied",
    reason: "Only the owner, co-owners (shared with Can edit) and administrators can change this connector; ask the owner for Can edit.",
  };
  if (viaEdit !== null) {
    const d: AccessDecision = {
      allowed: true,
      code: "access.co_owner",
      reason:
        viaEdit === "user"
          ? "You are a co-owner: it is shared with you with Can edit."
          : "You are a co-owner: it is shared with a group of yours with Can edit.",
    };
    return { canRead: d, canEdit: d };
  }
  if (viaView === "user" || viaView === "group") {
    const reason = viaView === "user" ? "It is shared with you (Can view)." : "It is shared with a group of yours (Can view).";
    return { canRead: { allowed: true, code: "access.shared", reason }, canEdit: denyEdit };
  }
  if (viaView === "organization" || connector.scope === "ORGANIZATION" || connector.scope === "PUBLIC") {
    const reason = connector.scope === "PUBLIC" ? "It is public." : "It is shared with the whole organization.";
    return { canRead: { allowed: true, code: "access.organization", reason }, canEdit: denyEdit };
  }
  return {
    canRead: {
      allowed: false,
      code: "access.denied",
      reason: "This connector is not shared with you; ask its owner to share it, or request access.",
    },
    canEdit: denyEdit,
  };
}
