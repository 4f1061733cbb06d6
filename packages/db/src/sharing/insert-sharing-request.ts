import type { SupportDetails } from "@connector-hub/governance";
import type { AuditActor } from "../audit/record-audit-event.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { DataSensitivity, RequestStage, SharingScope } from "../generated/prisma/enums.ts";
import { moveConnectorLifecycle } from "./move-connector-lifecycle.ts";
import { notifySharingChange } from "./notify-sharing-change.ts";
import type { SharingActor, SharingChange, StoredTarget } from "./sharing-types.ts";

export interface InsertSharingRequestOptions {
  connector: { id: string; title: string };
  version: { id: string; number: number };
  /** Who the request is for: its requester, and the actor of its first step. */
  requester: SharingActor;
  /** Who the audit trail names (the requester, unless the hub opened the request on someone's behalf). */
  auditActor?: AuditActor;
  /** The audit verb: "sharing_request.submitted" for a maker's request. */
  auditAction: string;
  /** Extra facts for the audit event's `after`. */
  auditDetails?: Record<string, unknown>;
  fields: {
    targetScope: SharingScope;
    targets: StoredTarget[];
    supportDetails: SupportDetails;
    dataSensitivity: DataSensitivity;
    secretHandling: string | null;
    riskAccepted: boolean;
    riskScore: number | null;
  };
  /** The governance transition "submit" already computed: its stage and version. */
  transition: { stage: RequestStage; version: number };
  /** The first step's note (null for a maker's own request). */
  note: string | null;
  /** Who is told in-app, and the message. */
  notify: { userIds: readonly string[]; message: string };
  requestId: string | null;
}

/**
 * Writes a new sharing request in the caller's transaction: the row, its first step, the audit event, the connector's
 * lifecycle and the in-app notifications. The one insert path of a maker's request and of a review the hub reopens;
 * the caller has checked that no request is open (the partial unique index refuses a second one with P2002).
 */
export async function insertSharingRequest(tx: Prisma.TransactionClient, options: InsertSharingRequestOptions) {
  const { connector, version, requester, fields, transition } = options;
  const details = fields.supportDetails;
  const created = await tx.sharingRequest.create({
    data: {
      connectorId: connector.id,
      versionId: version.id,
      requesterId: requester.id,
      targetScope: fields.targetScope,
      targets: fields.targets,
      businessJustification: details.businessJustification ?? "",
      impact: details.impact ?? "",
      accessManagement: details.accessManagement ?? "",
      dependencies: details.dependencies ?? "",
      conditionsOfUse: details.conditionsOfUse ?? "",
      mitigationPlan: details.mitigationPlan ?? "",
      dataSensitivity: fields.dataSensitivity,
      secretHandling: fields.secretHandling,
      riskAccepted: fields.riskAccepted,
      riskScore: fields.riskScore,
      stage: transition.stage,
      version: transition.version,
      steps: { create: { fromStage: null, toStage: transition.stage, actorId: requester.id, note: options.note, versionNumber: version.number } },
    },
  });
  await recordAuditEvent(tx, {
    actor: options.auditActor ?? requester,
    action: options.auditAction,
    entityType: "SharingRequest",
    entityId: created.id,
    after: {
      connectorId: connector.id,
      version: version.number,
      scope: fields.targetScope,
      targets: fields.targets,
      riskScore: fields.riskScore,
      stage: created.stage,
      ...options.auditDetails,
    },
    requestId: options.requestId,
  });
  await moveConnectorLifecycle(tx, connector.id, created.stage, requester, options.requestId);
  const change: SharingChange = {
    requestId: created.id,
    connectorTitle: connector.title,
    stage: created.stage,
    actorLabel: requester.label,
    note: options.note,
    userIds: options.notify.userIds,
    message: options.notify.message,
  };
  await notifySharingChange(tx, change);
  return { created, change };
}
