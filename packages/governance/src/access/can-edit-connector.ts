import type { AccessConnector, AccessDecision, AccessUser } from "../types.ts";
import { resolveConnectorAccess } from "./resolve-connector-access.ts";

/** May this user upload versions, change settings and request sharing for the connector? */
export function canEditConnector(options: { connector: AccessConnector; user: AccessUser }): AccessDecision {
  return resolveConnectorAccess(options.connector, options.user).canEdit;
}
