import {
  transitionSharingRequest,
  ZDataSensitivity,
  ZSharingAction,
  ZSupportDetails,
  type DataSensitivity,
  type SharingAction,
  type SharingScope as TScope,
} from "@connector-hub/governance";
import { z } from "zod";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { clearCatalogCache } from "../connectors/catalog-cache.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { SharingScope } from "../generated/prisma/enums.ts";
import type { WebhookDelivery } from "../notifications/send-webhook.ts";
import { evaluateSharingRequest } from "./evaluate-sharing-request.ts";
import { moveConnectorLifecycle } from "./move-connector-lifecycle.ts";
import { notifySharingChange } from "./notify-sharing-change.ts";
import { postSharingWebhook } from "./post-sharing-webhook.ts";
import type { SharingActor, SharingChange, SharingNotifyOptions, StoredTarget } from "./sharing-types.ts";

export const ZSharingActionInput = z.object({
  action: ZSharingAction.describe("The step: approve, reject, request_changes, resubmit, withdraw, or a review stage's completion."),
  note: z.string().trim().max(4000).nullish().describe("What the reviewer or maker writes with the step."),
  /** The request's version the person saw; a different current version means someone else acted first. */
  version: z.coerce.number().int().min(0).optional().describe("The request version read before acting; a different one means someone acted first (409)."),
  /**
   * With "resubmit" only: the maker's edited answers, and optionally a newer connector version to attach. Omitted
   * fields keep what the request had.
   */
  changes: z
    .object({
      supportDetails: ZSupportDetails.optional(),
      dataSensitivity: ZDataSensitivity.optional(),
      secretHandling: z.string().trim().max(4000).nullish(),
      riskAccepted: z.boolean().optional(),
      versionNumber: z.coerce.number().int().positive().optional(),
    })
    .optional(),
});

const SCOPE_RANK: Record<SharingScope, number> = { PRIVATE: 0, USERS: 1, ORGANIZATION: 2, PUBLIC: 3 };
const STAGE_LABEL: Record<string, string> = {
  SUBMITTED: "submitted",
  MAKER_CHECKS: "maker checks",
  RISK_ASSESSMENT: "risk assessment",
  ADMIN_DECISION: "admin decision",
  APPROVED: "approved",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
  CHANGES_REQUESTED: "changes requested",
};
// A long wait for a connection or a lock is expected when many administrators act at once; the default 2 s / 5 s
// would turn that queue into errors.
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

function someoneElseFirst(by: string | undefined, stage: string): AppError {
  return new AppError(
    "CONFLICT",
    `Someone else${by ? ` (${by})` : ""} acted on this request first: it is now ${STAGE_LABEL[stage] ?? stage}. Reload the request to see the current state before you act.`,
  );
}

async function applyShares(
  tx: Prisma.TransactionClient,
  request: { id: string; connectorId: string; targetScope: SharingScope; targets: unknown },
  actor: SharingActor,
  requestId: string | null,
) {
  const targets = (Array.isArray(request.targets) ? request.targets : []) as StoredTarget[];
  const rows =
    request.targetScope === "ORGANIZATION" || request.targetScope === "PUBLIC"
      ? [{ principalType: "ORGANIZATION" as const, permission: "CAN_VIEW" as const }]
      : targets.map((t) => ({
          principalType: t.type,
          userId: t.type === "USER" ? t.id : null,
          groupId: t.type === "GROUP" ? t.id : null,
          permission: t.permission,
        }));
  let applied = 0;
  for (const row of rows) {
    // A second approval (a new version, a reopened review) to people who already have it grants nothing twice: the
    // share they have stays, widened to Can edit if this one says so, never narrowed.
    const existing = await tx.share.findFirst({
      where: {
        connectorId: request.connectorId,
        principalType: row.principalType,
        userId: row.principalType === "USER" ? row.userId : null,
        groupId: row.principalType === "GROUP" ? row.groupId : null,
        revokedAt: null,
      },
      orderBy: { createdAt: "asc" },
    });
    if (existing) {
      if (existing.permission === "CAN_VIEW" && row.permission === "CAN_EDIT") {
        await tx.share.update({ where: { id: existing.id }, data: { permission: "CAN_EDIT" } });
        await recordAuditEvent(tx, {
          actor,
          action: "share.permission_changed",
          entityType: "Share",
          entityId: existing.id,
          before: { permission: existing.permission },
          after: { permission: "CAN_EDIT", requestId: request.id },
          requestId,
        });
        applied++;
      }
      continue;
    }
    const share = await tx.share.create({ data: { ...row, connectorId: request.connectorId, grantedById: actor.id, requestId: request.id } });
    await recordAuditEvent(tx, {
      actor,
      action: "share.granted",
      entityType: "Share",
      entityId: share.id,
      after: { connectorId: request.connectorId, ...row, requestId: request.id },
      requestId,
    });
    applied++;
  }
  const connector = await tx.connector.findUniqueOrThrow({ where: { id: request.connectorId }, select: { scope: true } });
  // Approval widens the scope; it never narrows what an earlier approval granted.
  if (SCOPE_RANK[request.targetScope] > SCOPE_RANK[connector.scope]) {
    await tx.connector.update({ where: { id: request.connectorId }, data: { scope: request.targetScope } });
    await recordAuditEvent(tx, {
      actor,
      action: "connector.scope_changed",
      entityType: "Connector",
      entityId: request.connectorId,
      before: { scope: connector.scope },
      after: { scope: request.targetScope },
      requestId,
    });
  }
  return applied;
}

/** Approval gives people exactly the version that was requested (and reviewed), never a newer upload. */
async function pinSharedVersion(
  tx: Prisma.TransactionClient,
  request: { connectorId: string },
  versionId: string,
  versionNumber: number,
  actor: SharingActor,
  requestId: string | null,
) {
  const before = await tx.connector.findUniqueOrThrow({ where: { id: request.connectorId }, select: { sharedVersion: { select: { number: true } } } });
  await tx.connector.update({ where: { id: request.connectorId }, data: { sharedVersionId: versionId } });
  await recordAuditEvent(tx, {
    actor,
    action: "connector.shared_version_changed",
    entityType: "Connector",
    entityId: request.connectorId,
    before: { sharedVersion: before.sharedVersion?.number ?? null },
    after: { sharedVersion: versionNumber },
    requestId,
  });
}

type StoredRequest = Prisma.SharingRequestGetPayload<{
  include: { connector: { select: { title: true; ownerId: true } }; targetVersion: { select: { number: true } } };
}>;

/**
 * The fields a resubmission changes: the maker's edited answers and, when asked, a newer version of the connector.
 * The gates are computed again on the result; a failed blocking gate refuses the resubmission with its messages.
 */
async function resubmittedFields(tx: Prisma.TransactionClient, request: StoredRequest, changes: NonNullable<z.infer<typeof ZSharingActionInput>["changes"]>) {
  const supportDetails = {
    businessJustification: request.businessJustification,
    impact: request.impact,
    accessManagement: request.accessManagement,
    dependencies: request.dependencies,
    conditionsOfUse: request.conditionsOfUse,
    mitigationPlan: request.mitigationPlan,
    ...Object.fromEntries(Object.entries(changes.supportDetails ?? {}).filter(([, v]) => v !== undefined)),
  };
  const connector = await tx.connector.findUniqueOrThrow({ where: { id: request.connectorId } });
  const version =
    changes.versionNumber === undefined
      ? await tx.connectorVersion.findUniqueOrThrow({ where: { id: request.versionId } })
      : await tx.connectorVersion.findUnique({ where: { connectorId_number: { connectorId: request.connectorId, number: changes.versionNumber } } });
  if (!version) throw new AppError("BAD_REQUEST", `${connector.title} has no version ${changes.versionNumber}: choose one of the versions listed on its page.`);
  if (version.number < request.targetVersion.number) {
    throw new AppError(
      "BAD_REQUEST",
      `The request is for version ${request.targetVersion.number}; attach that version or a newer one, not version ${version.number}.`,
    );
  }
  const targets = (Array.isArray(request.targets) ? request.targets : []) as StoredTarget[];
  const dataSensitivity = (changes.dataSensitivity ?? request.dataSensitivity) as DataSensitivity;
  const secretHandling = changes.secretHandling === undefined ? request.secretHandling : changes.secretHandling;
  const riskAccepted = changes.riskAccepted ?? request.riskAccepted;
  const evaluation = await evaluateSharingRequest(tx, connector, version, {
    target: {
      scope: request.targetScope as TScope,
      users: targets.filter((t) => t.type === "USER").map((t) => ({ id: t.id, permission: t.permission })),
      groups: targets.filter((t) => t.type === "GROUP").map((t) => ({ id: t.id, permission: t.permission })),
    },
    supportDetails,
    secretHandling,
    riskAccepted,
    dataSensitivity,
  });
  if (!evaluation.canSubmit) {
    const failing = evaluation.gates.filter((g) => g.blocking && !g.passed);
    throw new AppError("UNPROCESSABLE", `The request cannot be resubmitted yet: ${failing.map((g) => g.message).join(" ")}`, { gates: evaluation.gates });
  }
  const changed = [
    ...Object.keys(supportDetails).filter((k) => supportDetails[k as keyof typeof supportDetails] !== request[k as keyof typeof supportDetails]),
    ...(dataSensitivity !== request.dataSensitivity ? ["dataSensitivity"] : []),
    ...(secretHandling !== request.secretHandling ? ["secretHandling"] : []),
    ...(riskAccepted !== request.riskAccepted ? ["riskAccepted"] : []),
    ...(version.id !== request.versionId ? [`version ${request.targetVersion.number} → ${version.number}`] : []),
  ];
  return {
    versionNumber: version.number,
    changed,
    data: { ...supportDetails, dataSensitivity, secretHandling, riskAccepted, versionId: version.id, riskScore: evaluation.risk.score },
  };
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
      include: {
        connector: { select: { title: true, ownerId: true } },
        targetVersion: { select: { number: true } },
        steps: { orderBy: { createdAt: "desc" }, take: 1, include: { actor: { select: { displayName: true } } } },
      },
    });
    if (!request) throw new AppError("NOT_FOUND", "There is no such sharing request: it may have been removed with its connector.");
    const lastBy = request.steps[0]?.actor.displayName;
    if (input.version !== undefined && input.version !== request.version) throw someoneElseFirst(lastBy, request.stage);
    const transition = transitionSharingRequest({
      request: { stage: request.stage, requesterId: request.requesterId, version: request.version },
      action: input.action as SharingAction,
      actor,
      note: input.note ?? null,
    });
    if (!transition.ok) throw new AppError(transition.reason, transition.message, { rule: transition.code });
    if (input.changes && input.action !== "resubmit") {
      throw new AppError("BAD_REQUEST", "Answers and versions can be changed only when resubmitting a request that was sent back for changes.");
    }
    const edited = input.action === "resubmit" && input.changes ? await resubmittedFields(tx, request, input.changes) : null;
    const decided = transition.stage === "APPROVED" || transition.stage === "REJECTED";
    const updated = await tx.sharingRequest.updateMany({
      where: { id: request.id, version: request.version },
      data: {
        stage: transition.stage,
        version: transition.version,
        ...(edited?.data ?? {}),
        ...(decided ? { decidedById: actor.id, decidedAt: new Date(), decisionNote: transition.step.note } : {}),
      },
    });
    if (updated.count === 0) {
      const now = await tx.sharingRequest.findUnique({ where: { id: request.id }, select: { stage: true } });
      throw someoneElseFirst(undefined, now?.stage ?? request.stage);
    }
    const versionId = edited?.data.versionId ?? request.versionId;
    const versionNumber = edited?.versionNumber ?? request.targetVersion.number;
    await tx.reviewStep.create({
      data: { requestId: request.id, fromStage: request.stage, toStage: transition.stage, actorId: actor.id, note: transition.step.note, versionNumber },
    });
    await recordAuditEvent(tx, {
      actor,
      action: `sharing_request.${input.action}`,
      entityType: "SharingRequest",
      entityId: request.id,
      before: { stage: request.stage, version: request.version },
      after: {
        stage: transition.stage,
        version: transition.version,
        note: transition.step.note,
        connectorVersion: versionNumber,
        ...(edited ? { changed: edited.changed } : {}),
      },
      requestId: auditRequestId,
    });
    const sharesApplied = transition.appliesShares ? await applyShares(tx, request, actor, auditRequestId) : 0;
    if (transition.appliesShares) await pinSharedVersion(tx, request, versionId, versionNumber, actor, auditRequestId);
    await moveConnectorLifecycle(tx, request.connectorId, transition.stage, actor, auditRequestId);
    const byRequester = actor.id === request.requesterId;
    const admins = byRequester
      ? await tx.user.findMany({ where: { roles: { has: "Hub.Admin" }, isActive: true, id: { not: actor.id } }, select: { id: true } })
      : [];
    const change: SharingChange = {
      requestId: request.id,
      connectorTitle: request.connector.title,
      stage: transition.stage,
      actorLabel: actor.label,
      note: transition.step.note,
      userIds: byRequester ? admins.map((a) => a.id) : [request.requesterId],
      message: `Sharing request for ${request.connector.title} (version ${versionNumber}): ${STAGE_LABEL[transition.stage] ?? transition.stage} by ${actor.label}.${transition.step.note ? ` Note: ${transition.step.note}` : ""}`,
    };
    await notifySharingChange(tx, change);
    return { result: { stage: transition.stage, version: transition.version, sharesApplied }, change };
  }, TX_OPTIONS);
  // An approval changes who may see the connector: this instance's cached catalog pages must not hide it.
  clearCatalogCache();
  const webhook = postSharingWebhook(change, options.notify);
  return { ...result, ...(webhook ? { webhook } : {}) };
}
