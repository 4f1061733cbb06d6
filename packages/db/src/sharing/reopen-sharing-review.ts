import { transitionSharingRequest, type DataSensitivity, type SharingScope } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { AuditActor } from "../audit/record-audit-event.ts";
import { formatActorLabel } from "../audit/format-actor-label.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { findDiscoveryAt } from "../mcp/find-discovery-at.ts";
import { toolNamesOf } from "../mcp/tool-names-of.ts";
import { evaluateSharingRequest } from "./evaluate-sharing-request.ts";
import { findOpenSharingRequest } from "./find-open-sharing-request.ts";
import { insertSharingRequest } from "./insert-sharing-request.ts";
import { supportDetailsOf, type SharingActor, type SharingChange, type StoredTarget } from "./sharing-types.ts";

export interface ReopenSharingReviewOptions {
  connectorId: string;
  /** The tool list just discovered, and the one discovered before it (null: the first discovery). */
  tools: unknown[];
  previousTools: unknown[] | null;
  /** Who ran the discovery (the audit trail names them); null: the hub itself. */
  discoveredById: string | null;
  requestId?: string | null;
}

export interface ReopenedReview {
  requestId: string;
  /** The tools that appeared and that the newest approved decision did not cover. */
  added: string[];
  /** The approved request the new one follows. */
  reopenedFromId: string;
  change: SharingChange;
}

const HUB_ACTOR: AuditActor = { id: null, label: "Connector Hub (MCP tool discovery)" };

/**
 * An approved sharing decision of an MCP connector covers the tools its server listed then. When a discovery finds a
 * tool that was not there before and that decision did not cover, the review is reopened: a new request in the first
 * review stage, for the same people and the version shared now, with the approved request's answers, in the caller's
 * transaction (the discovery's). Nothing is reopened when a request is already open (its reviewer sees the newest
 * list), when tools were only removed or changed, or when nothing was ever approved.
 *
 * The request is the owner's: only the owner or a co-owner may ask to share (loadShareableConnector), and whoever ran
 * the discovery may be neither (anyone signed in may discover a sample's tools). The owner can withdraw it; the
 * audit trail names the person whose discovery reopened it. The shares and the shared version stay until decided.
 */
export async function reopenSharingReview(tx: Prisma.TransactionClient, options: ReopenSharingReviewOptions): Promise<ReopenedReview | null> {
  const { connectorId } = options;
  const before = new Set(toolNamesOf(options.previousTools ?? []));
  const appeared = toolNamesOf(options.tools).filter((n) => !before.has(n));
  if (appeared.length === 0) return null;
  const approved = await tx.sharingRequest.findFirst({
    where: { connectorId, stage: "APPROVED", decidedAt: { not: null } },
    orderBy: { decidedAt: "desc" },
  });
  if (!approved?.decidedAt) return null;
  // Approved before any discovery: the reviewer saw no tool list, so no tool was covered.
  const pinned = await findDiscoveryAt(tx, { connectorId, at: approved.decidedAt });
  const covered = new Set(toolNamesOf(pinned?.tools ?? []));
  const added = appeared.filter((n) => !covered.has(n));
  if (added.length === 0) return null;
  if (await findOpenSharingRequest(tx, connectorId)) return null;

  const connector = await tx.connector.findUniqueOrThrow({
    where: { id: connectorId },
    include: { owner: { select: { id: true, displayName: true, upn: true, roles: true } }, sharedVersion: true },
  });
  const version = connector.sharedVersion ?? (await tx.connectorVersion.findUniqueOrThrow({ where: { id: approved.versionId } }));
  const owner: SharingActor = { id: connector.owner.id, roles: connector.owner.roles, label: formatActorLabel(connector.owner) };
  const transition = transitionSharingRequest({ request: { stage: null, requesterId: owner.id, version: 0 }, action: "submit", actor: owner });
  if (!transition.ok) throw new AppError(transition.reason, transition.message, { rule: transition.code });
  const targets = (Array.isArray(approved.targets) ? approved.targets : []) as StoredTarget[];
  const supportDetails = supportDetailsOf(approved);
  // The gates and risk are those of a maker's request, computed now; a failing gate does not stop the reopening (the
  // tools are already reachable), the reviewer sees it on the request.
  const evaluation = await evaluateSharingRequest(tx, connector, version, {
    target: {
      scope: approved.targetScope as SharingScope,
      users: targets.filter((t) => t.type === "USER").map((t) => ({ id: t.id, permission: t.permission })),
      groups: targets.filter((t) => t.type === "GROUP").map((t) => ({ id: t.id, permission: t.permission })),
    },
    supportDetails,
    secretHandling: approved.secretHandling,
    riskAccepted: approved.riskAccepted,
    dataSensitivity: approved.dataSensitivity as DataSensitivity,
  });
  const decidedOn = approved.decidedAt.toISOString().slice(0, 10);
  // A server may list a thousand new tools: the note and the notification name the first few and count the rest.
  const SHOWN = 20;
  const named = added.length <= SHOWN ? added.join(", ") : `${added.slice(0, SHOWN).join(", ")} and ${added.length - SHOWN} more`;
  const note =
    `Reopened for review: tool${added.length === 1 ? "" : "s"} ${named} appeared after the decision of ${decidedOn}. ` +
    `People keep version ${version.number} as shared now until this request is decided.`;
  const discoverer = options.discoveredById
    ? await tx.user.findUnique({ where: { id: options.discoveredById }, select: { id: true, displayName: true, upn: true } })
    : null;
  const admins = await tx.user.findMany({ where: { roles: { has: "Hub.Admin" }, isActive: true }, select: { id: true } });
  const { created, change } = await insertSharingRequest(tx, {
    connector,
    version,
    requester: owner,
    auditActor: discoverer ? { id: discoverer.id, label: formatActorLabel(discoverer) } : HUB_ACTOR,
    auditAction: "sharing_request.reopened",
    auditDetails: {
      reopenedFrom: approved.id,
      decidedAt: approved.decidedAt.toISOString(),
      addedTools: added.slice(0, 200),
      addedToolCount: added.length,
      onBehalfOf: owner.label,
    },
    fields: {
      targetScope: approved.targetScope,
      targets,
      supportDetails,
      dataSensitivity: approved.dataSensitivity,
      secretHandling: approved.secretHandling,
      riskAccepted: approved.riskAccepted,
      riskScore: evaluation.risk.score,
    },
    transition,
    note,
    // The administrators review it; the owner learns their connector is back in review.
    notify: {
      userIds: [...admins.map((a) => a.id), owner.id],
      message: `The sharing of ${connector.title} is back in review: ${named} appeared after the decision of ${decidedOn}.`,
    },
    requestId: options.requestId ?? null,
  });
  return { requestId: created.id, added, reopenedFromId: approved.id, change };
}
