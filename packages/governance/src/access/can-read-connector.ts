import type { AccessConnector, AccessDecision, ReadViewer } from "../types.ts";
import { resolveConnectorAccess } from "./resolve-connector-access.ts";

const HIDDEN: AccessDecision = {
  allowed: false,
  code: "access.denied",
  reason: "This connector is not shared with you; ask its owner to share it, or request access.",
};

/**
 * The one read rule of the hub: may this viewer (null = anonymous) see the connector, its definition, versions, icon
 * and Test tab? Anonymous callers read PUBLIC connectors only ("organization" means the tenant's signed-in people);
 * signed-in people what their roles, ownership and shares give them. Every page and route asks this, and the catalog's
 * SQL (packages/db catalogVisibility) is checked against it by a property test. A refusal is answered as "not found".
 */
export function canReadConnector(connector: AccessConnector, viewer: ReadViewer | null): AccessDecision {
  if (!viewer) return connector.scope === "PUBLIC" ? { allowed: true, code: "access.organization", reason: "It is public." } : HIDDEN;
  return resolveConnectorAccess(connector, { id: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds }).canRead;
}
