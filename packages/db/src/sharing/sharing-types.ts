import { ZDataSensitivity, ZShareTarget, ZSupportDetails } from "@connector-hub/governance";
import { z } from "zod";
import type { AuditActor } from "../audit/record-audit-event.ts";

/** Who acts on a sharing request: the signed-in person with their roles and groups. */
export interface SharingActor extends AuditActor {
  id: string;
  roles: readonly string[];
  groupIds?: readonly string[];
}

/** Where state changes are announced besides in-app: an optional incoming webhook (Teams, Slack). */
export interface SharingNotifyOptions {
  webhookUrl?: string | null;
  /** Base URL of the hub for links in webhook messages. */
  publicUrl?: string;
  onWebhookFailure?: (info: { attempt: number; error: string; willRetry: boolean }) => void;
}

/** What the maker fills in on the request form (and what the REST API takes). */
export const ZSharingRequestInput = z.object({
  connectorSlug: z
    .string()
    .trim()
    .min(1, { error: "Name the connector to share (its slug)." })
    .describe("The connector to share, by its address in the catalog."),
  versionNumber: z.number().int().positive().optional().describe("The version to share; the newest when left out."),
  target: ZShareTarget.describe("Who to share it with: the scope, and the people and groups with their permission."),
  supportDetails: ZSupportDetails.default({}).describe(
    "The support answers reviewers read (justification, impact, access, dependencies, conditions, mitigation).",
  ),
  dataSensitivity: ZDataSensitivity.default("INTERNAL").describe("How sensitive the data it reaches is."),
  secretHandling: z
    .string()
    .trim()
    .max(4000)
    .nullish()
    .describe("How the connection's secrets are kept (required for organization-wide sharing of a key or password)."),
  riskAccepted: z.boolean().default(false).describe("Accept a high risk score knowingly."),
});
export type TSharingRequestInput = z.input<typeof ZSharingRequestInput>;

/** Stored in SharingRequest.targets. */
export type StoredTarget = { type: "USER" | "GROUP"; id: string; permission: "CAN_VIEW" | "CAN_EDIT" };

/** Days an open request may wait for a decision before the review queue flags it overdue. */
export const SHARING_SLA_DAYS = 5;

/** A state change as announced in-app and to the webhook. */
export interface SharingChange {
  requestId: string;
  connectorTitle: string;
  stage: string;
  actorLabel: string;
  note: string | null;
  /** In-app recipients. */
  userIds: readonly string[];
  message: string;
}

/** The maker's support answers as stored on a sharing request, in the shape the gates and the request page read. */
export function supportDetailsOf(request: {
  businessJustification: string | null;
  impact: string | null;
  accessManagement: string | null;
  dependencies: string | null;
  conditionsOfUse: string | null;
  mitigationPlan: string | null;
}) {
  const { businessJustification, impact, accessManagement, dependencies, conditionsOfUse, mitigationPlan } = request;
  return { businessJustification, impact, accessManagement, dependencies, conditionsOfUse, mitigationPlan };
}
