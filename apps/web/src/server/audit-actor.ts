import "server-only";
import { formatActorLabel } from "@connector-hub/db";
import type { Viewer } from "./auth/viewer.ts";

export type AuditActor = { id: string; label: string };

/** The signed-in person as the audit trail records them: their id and the one label (formatActorLabel). */
export function auditActorOf(viewer: Pick<Viewer, "userId" | "displayName" | "upn">): AuditActor {
  return { id: viewer.userId, label: formatActorLabel(viewer) };
}

/** The viewer as the data layer's actor: who is audited, and whose roles and groups governance weighs. */
export function actorOf(viewer: Viewer): AuditActor & { roles: string[]; groupIds: string[] } {
  return { ...auditActorOf(viewer), roles: viewer.roles, groupIds: viewer.groupIds };
}
