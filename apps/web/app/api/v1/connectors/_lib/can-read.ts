import { canReadConnector, type AccessConnector } from "@connector-hub/governance";
import type { Viewer } from "@/server/auth/viewer.ts";

/** Read access through governance's rule; anonymous visitors read only what the organization or the public may. */
export function viewerCanRead(connector: AccessConnector, viewer: Viewer | null): boolean {
  if (!viewer) return connector.scope === "ORGANIZATION" || connector.scope === "PUBLIC";
  return canReadConnector({ connector, user: { id: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds } }).allowed;
}
