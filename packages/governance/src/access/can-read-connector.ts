import type { AccessConnector, AccessDecision, AccessUser } from "../types.ts";
import { resolveConnectorAccess } from "./resolve-connector-access.ts";

/** May this user see the connector in the catalog and read its definition? */
export function canReadConnector(options: { connector: AccessConnector; user: AccessUser }): AccessDecision {
  return resolveConnectorAccess(options.connector, options.user).canRead;
}
