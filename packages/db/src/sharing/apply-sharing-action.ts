import { transitionSharingRequest, ZSharingAction, type SharingAction } from "@connector-hub/governance";
import { z } from "zod";
import { AppError, APP_ERROR_STATUS, type AppErrorCode } from "../app-error.ts";
import type { Db } from "../client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { clearCatalogCache } from "../connectors/catalog-cache.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { SharingScope } from "../generated/prisma/enums.ts";
import type { WebhookDelivery } from "../notifications/send-webhook.ts";
import { notifySharingChange } from "./notify-sharing-change.ts";
import { postSharingWebhook } from "./post-sharing-webhook.ts";
import type { SharingActor, SharingChange, SharingNotifyOptions, StoredTarget } from "./sharing-types.ts";

export const ZSharingActionInput = z.object({
  action: ZSharingAction,
  note: z.string().trim().max(4000).nullish(),
  /** The request's version the person saw; a different current version means someone else acted first. */
  version: z.coerce.number().int().min(0).optional(),
});

const SCOPE_RANK: Record<SharingScope, number> = { PRIVATE: 0, USERS: 1, ORGANIZATION: 2, PUBLIC: 3 };
const STAGE_LABEL: Record<string, string> = {
  SUBMITTED: "submitted", MAKER_CHECKS: "maker checks", RISK_ASSESSMENT: "risk assessment", ADMIN_DECISION: "admin decision",
  APPROVED: "approved", REJECTED: "rejected", WITHDRAWN: "withdrawn", CHANGES_REQUESTED: "changes requested",
};
// A long wait for a connection or a lock is expected when many administrators act at once; the default 2 s / 5 s
// would turn that queue into errors.
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

const statusCode = (status: number): AppErrorCode =>
  (Object.entries(APP_ERROR_STATUS).find(([, s]) => s === status)?.[0] as AppErrorCode | undefined) ?? "CONFLICT";

function someoneElseFirst(by: string | undefined, stage: string): AppError {
  return new AppError(
    "CONFLICT",
    `Someone else${by ? ` (${by})` : ""} acted on this request first: it is now ${STAGE_LABEL[stage] ?? stage}. Reload the request to see the current state before you act.`,
  );
}

async function applyShares(tx: Prisma.TransactionClient, request: { id: string; connectorId: string; targetScope: SharingScope; targets: unknown }, actor: SharingActor, requestId: string | null) {
  const targets = (Array.isArray(request.targets) ? request.targets : []) as StoredTarget[];
  const rows =
    request.targetScope === "ORGANIZATION" || request.targetScope === "PUBLIC"
      ? [{ principalType: "ORGANIZATION" as const, permission: "CAN_VIEW" as const }]
      : targets.map((t) => ({ principalType: t.type, userId: t.type === "USER" ? t.id : null, groupId: t.type === "GROUP" ? t.id : null, permission: t.permission }));
  for (const row of rows) {
    const share = await tx.share.create({ data: { ...row, connectorId: request.connectorId, grantedById: actor.id, requestId: request.id } });
    await recordAuditEvent(tx, { actor, action: "share.granted", entityType: "Share", entityId: share.id, after: { connectorId: request.connectorId, ...row, requestId: request.id }, requestId });
  }
  const connector = await tx.connector.findUniqueOrThrow({ where: { id: request.connectorId }, select: { scope: true } });
  // Approval widens the scope; it never narrows what an earlier approval granted.
  if (SCOPE_RANK[request.targetScope] > SCOPE_RANK[connector.scope]) {
    await tx.connector.update({ where: { id: request.connectorId }, data: { scope: request.targetScope } });
    await recordAuditEvent(tx, { actor, action: "connector.scope_changed", entityType: "Connector", entityId: request.connectorId, before: { scope: connector.scope }, after: { scope: request.targetScope }, requestId });
  }
  return rows.length;
}

/**
 * One review step on a sharing request (advance a stage, approve, reject, request changes, resubmit, withdraw).
 * The stage is written only where the version is still the one read, so of concurrent decisions exactly one lands;
 * the others get CONFLICT saying someone else acted first. Approval applies the shares and widens the connector's
 * scope in the same transaction. The webhook (if any) is sent after commit and never blocks or undoes the step.
 */
export async function applySharingAction(
  db: Db,
  options: { requestId: string; input: unknown; actor: SharingActor; auditRequestId?: string | null; notify?: SharingNotifyOptions },
): Promise<{ stage: string; version: number; sharesApplied: number; webhook?: Promise<WebhookDelivery> }> {
  const input = ZSharingActionInput.parse(options.input);
  const { actor } = options;
  const auditRequestId = options.auditRequestId ?? null;
  const { result, change } = await db.$transaction(async (tx) => {
    const request = await tx.sharingRequest.findUnique({
      where: { id: options.requestId },
      include: { connector: { select: { title: true, ownerId: true } }, steps: { orderBy: { createdAt: "desc" }, take: 1, include: { actor: { select: { displayName: true } } } } },
    });
    if (!request) throw new AppError("NOT_FOUND", "There is no such sharing request: it may have been removed with its connector.");
    const lastBy = request.steps[0]?.actor.displayName;
    if (input.version !== undefined && input.version !== request.version) throw someoneElseFirst(lastBy, request.stage);
    const transition = transitionSharingRequest({ request: { stage: request.stage, requesterId: request.requesterId, version: request.version }, action: input.action as SharingAction, actor, note: input.note ?? null });
    if (!transition.ok) throw new AppError(statusCode(transition.httpStatus), transition.message, { rule: transition.code });
    const decided = transition.stage === "APPROVED" || transition.stage === "REJECTED";
    const updated = await tx.sharingRequest.updateMany({
      where: { id: request.id, version: request.version },
      data: {
        stage: transition.stage,
        version: transition.version,
        ...(decided ? { decidedById: actor.id, decidedAt: new Date(), decisionNote: transition.step.note } : {}),
      },
    });
    if (updated.count === 0) {
      const now = await tx.sharingRequest.findUnique({ where: { id: request.id }, select: { stage: true } });
      throw someoneElseFirst(undefined, now?.stage ?? request.stage);
    }
    await tx.reviewStep.create({ data: { requestId: request.id, fromStage: request.stage, toStage: transition.stage, actorId: actor.id, note: transition.step.note } });
    await recordAuditEvent(tx, {
      actor,
      action: `sharing_request.${input.action}`,
      entityType: "SharingRequest",
      entityId: request.id,
      before: { stage: request.stage, version: request.version },
      after: { stage: transition.stage, version: transition.version, note: transition.step.note },
      requestId: auditRequestId,
    });
    const sharesApplied = transition.appliesShares ? await applyShares(tx, request, actor, auditRequestId) : 0;
    const byRequester = actor.id === request.requesterId;
    const admins = byRequester ? await tx.user.findMany({ where: { roles: { has: "Hub.Admin" }, isActive: true, id: { not: actor.id } }, select: { id: true } }) : [];
    const change: SharingChange = {
      requestId: request.id,
      connectorTitle: request.connector.title,
      stage: transition.stage,
      actorLabel: actor.label,
      note: transition.step.note,
      userIds: byRequester ? admins.map((a) => a.id) : [request.requesterId],
      message: `Sharing request for ${request.connector.title}: ${STAGE_LABEL[transition.stage] ?? transition.stage} by ${actor.label}.${transition.step.note ? ` Note: ${transition.step.note}` : ""}`,
    };
    await notifySharingChange(tx, change);
    return { result: { stage: transition.stage, version: transition.version, sharesApplied }, change };
  }, TX_OPTIONS);
  // An approval changes who may see the connector: this instance's cached catalog pages must not hide it.
  clearCatalogCache();
  const webhook = postSharingWebhook(change, options.notify);
  return { ...result, ...(webhook ? { webhook } : {}) };
}
