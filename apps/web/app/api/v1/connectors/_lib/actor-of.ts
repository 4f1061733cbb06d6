import type { Viewer } from "@/server/auth/viewer.ts";

/** The viewer as the data layer's actor: who is audited, and whose roles and groups governance weighs. */
export function actorOf(viewer: Viewer) {
  return { id: viewer.userId, label: viewer.displayName, roles: viewer.roles, groupIds: viewer.groupIds };
}
