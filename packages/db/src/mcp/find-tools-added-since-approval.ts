import type { Db } from "../client.ts";
import { findDiscoveryAt } from "./find-discovery-at.ts";

export interface ToolsSinceApproval {
  /** The sharing decision the tool list was pinned to. */
  requestId: string;
  decidedAt: Date;
  /** Tools the server lists now that the reviewer did not see. Not empty: the sharing needs a new review. */
  added: string[];
}

const names = (tools: unknown[]) => new Set(tools.map((t) => (t as { name?: unknown }).name).filter((n): n is string => typeof n === "string"));

/**
 * An approved sharing decision covers the tools the server listed when it was made. A tool that appeared since is
 * something people can now do through the connector that nobody reviewed: this says which, so the page and the
 * dashboard ask for a new review (null when nothing was approved, or nothing was added). A decision made before any
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
  return added.length > 0 ? { requestId: approved.id, decidedAt: approved.decidedAt, added } : null;
}
