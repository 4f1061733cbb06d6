import type { Db } from "../client.ts";
import { findOpenSharingRequest } from "../sharing/find-open-sharing-request.ts";
import { findDiscoveryAt } from "./find-discovery-at.ts";
import { toolNamesOf } from "./tool-names-of.ts";

export interface ToolsSinceApproval {
  /** The sharing decision the tool list was pinned to. */
  requestId: string;
  decidedAt: Date;
  /** Tools the server lists now that the reviewer did not see. Not empty: the sharing needs a new review. */
  added: string[];
  /** The request reviewing them now (recordMcpDiscovery reopens the review when they appear); null: none is open. */
  openRequestId: string | null;
}

const names = (tools: unknown[]) => new Set(toolNamesOf(tools));

/**
 * An approved sharing decision covers the tools the server listed when it was made. A tool that appeared since is
 * something people can now do through the connector that nobody reviewed: this says which, so the page and the
 * dashboard point at the review that was reopened for them (null when nothing was approved, or nothing was added). A decision made before any
 * discovery covered no tools at all.
 */
export async function findToolsAddedSinceApproval(db: Db, connectorId: string): Promise<ToolsSinceApproval | null> {
  const approved = await db.sharingRequest.findFirst({
    where: { connectorId, stage: "APPROVED", decidedAt: { not: null } },
    orderBy: { decidedAt: "desc" },
    select: { id: true, decidedAt: true },
  });
  if (!approved?.decidedAt) return null;
  const [pinned, latest] = await Promise.all([
    findDiscoveryAt(db, { connectorId, at: approved.decidedAt }),
    findDiscoveryAt(db, { connectorId, at: new Date() }),
  ]);
  if (!latest || latest.id === pinned?.id) return null;
  // Approved before any discovery: the reviewer saw no tool list, so every tool listed now is unreviewed.
  const before = pinned ? names(pinned.tools) : new Set<string>();
  const added = [...names(latest.tools)].filter((n) => !before.has(n));
  if (added.length === 0) return null;
  const open = await findOpenSharingRequest(db, connectorId);
  return { requestId: approved.id, decidedAt: approved.decidedAt, added, openRequestId: open?.id ?? null };
}
