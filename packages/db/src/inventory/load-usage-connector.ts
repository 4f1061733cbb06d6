import { canEditConnector, canReadConnector } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";

export interface UsageViewer {
  userId: string;
  roles: readonly string[];
  groupIds: readonly string[];
}

/**
 * The connector whose usage is asked for: usage names people and their flows, so its editors (owner, Can-edit
 * co-owners) and administrators see it; others who may read the connector are refused, the rest told it does not exist.
 */
export async function loadUsageConnector(db: Db, slug: string, viewer: UsageViewer | null) {
  const connector = await db.connector.findUnique({
    where: { slug },
    include: { shares: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, definition: true } } },
  });
  const user = viewer ? { id: viewer.userId, userId: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds } : null;
  if (!connector || !canReadConnector(connector, user).allowed) {
    throw new AppError("NOT_FOUND", `No connector has the address /connectors/${slug}. Check the slug in the catalog.`);
  }
  const edit = user ? canEditConnector({ connector, user }) : { allowed: false, reason: "Sign in as its owner or an administrator." };
  if (!edit.allowed) throw new AppError("FORBIDDEN", `Who uses ${connector.title} is shown to its owners and administrators. ${edit.reason}`);
  return connector;
}
