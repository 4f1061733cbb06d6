import { AuthType, DataSensitivity, Hosting, Permission, PrincipalType, RequestStage, SharingScope } from "@connector-hub/db";
import { ZChange } from "@/server/connectors/schemas.ts";
import { z } from "zod";

// The sharing routes' answers, parsed by the routes and generated into /api/v1/swagger.json (see hub-openapi.ts).

const field = <T extends z.ZodType>(schema: T, summary: string, description: string) => schema.meta({ "x-ms-summary": summary, description });

export const ZRevokedShare = z.object({
  revokedAt: field(
    z.codec(z.date(), z.string(), { decode: (date) => date.toISOString(), encode: (text) => new Date(text) }),
    "Revoked",
    "When the share was revoked (ISO 8601).",
  ),
  scope: field(z.enum(SharingScope), "Sharing scope", "Who the connector is shared with now."),
});

export const ZSharingQueueItem = z.object({
  id: field(z.string(), "Request id", "The sharing request's id."),
  connector: z.object({ slug: field(z.string(), "Slug", "The connector's address."), title: field(z.string(), "Title", "The connector's title.") }),
  requester: z.object({ id: field(z.string(), "Requester id", "Who asked."), displayName: field(z.string(), "Requester", "Who asked, by name.") }),
  targetScope: field(z.string(), "Target scope", "Who it would be shared with: USERS, ORGANIZATION or PUBLIC."),
  stage: field(z.string(), "Stage", "Where the request is in its review."),
  riskScore: field(z.number().nullable(), "Risk score", "The computed risk; null before it is assessed."),
  version: field(z.number().int(), "Version", "Pass it back when acting on the request, so a concurrent step is detected."),
  createdAt: field(z.string(), "Created", "When it was submitted (ISO 8601)."),
  updatedAt: field(z.string(), "Updated", "When it last changed (ISO 8601)."),
  ageDays: field(z.number(), "Age (days)", "How long it has been open."),
  dueAt: field(z.string().nullable(), "Due", "When the review is due (ISO 8601); null once decided."),
  isOverdue: field(z.boolean(), "Overdue", "Whether the review is past its due date."),
  isOwn: field(z.boolean(), "Own", "Whether the caller asked for it."),
});

export const ZSharingQueue = z.object({ items: field(z.array(ZSharingQueueItem), "Requests", "The requests of the queue.") });

export const ZSharingEvaluation = z.object({
  gates: field(
    z.array(
      z.object({
        code: field(z.string(), "Gate", "Which check, like version.no_errors or support.details_complete."),
        passed: field(z.boolean(), "Passed", "Whether the check passed."),
        blocking: field(z.boolean(), "Blocking", "Whether a failure stops the request from being submitted."),
        message: field(z.string(), "Message", "What the check found and what to change."),
      }),
    ),
    "Gates",
    "The checks a sharing request must pass.",
  ),
  risk: field(
    z.object({
      score: field(z.number(), "Risk score", "The computed risk."),
      level: field(z.enum(["low", "medium", "high"]), "Risk level", "Low, medium or high."),
      lines: field(
        z.array(
          z.object({
            factor: field(z.string(), "Factor", "What adds to the risk."),
            points: field(z.number(), "Points", "How much it adds."),
            explanation: field(z.string(), "Explanation", "Why."),
          }),
        ),
        "Risk lines",
        "Each factor of the score.",
      ),
    }),
    "Risk",
    "The risk score and what makes it up.",
  ),
  targetEligibility: field(
    z
      .array(
        z.object({
          principalId: field(z.string(), "Person id", "Who would get access."),
          displayName: field(z.string(), "Name", "Their name.").optional(),
          canUse: field(z.boolean(), "Can use", "Whether their licence lets them use the connector."),
          reason: field(z.string(), "Reason", "Why not, when they cannot.").optional(),
        }),
      )
      .nullable(),
    "Target eligibility",
    "The licence verdict of each person it would be shared with; null when not checked (public, or too many people).",
  ),
  canSubmit: field(z.boolean(), "Can submit", "True when no blocking gate failed."),
});

export const ZCreatedSharingRequest = z.object({
  request: z.object({
    id: field(z.string(), "Request id", "The new request's id."),
    stage: field(z.string(), "Stage", "Where the request is in its review."),
    version: field(z.number().int(), "Version", "Pass it back when acting on the request."),
  }),
  evaluation: field(ZSharingEvaluation, "Evaluation", "The gates and risk computed on submission."),
});

const when = (summary: string, description: string) => field(z.string(), summary, description);
const whenOrNull = (summary: string, description: string) => field(z.string().nullable(), summary, description);
const ZPerson = z.object({
  id: field(z.string(), "Person id", "The person's id."),
  displayName: field(z.string(), "Name", "The person's name."),
  upn: field(z.string(), "User principal name", "The person's sign-in name."),
});
const ZStep = z.object({
  id: field(z.string(), "Step id", "The review step's id."),
  requestId: field(z.string(), "Request id", "The request the step belongs to."),
  fromStage: field(z.enum(RequestStage).nullable(), "From", "The stage before the step; null for the submission."),
  toStage: field(z.enum(RequestStage), "To", "The stage after the step."),
  actorId: field(z.string(), "Actor id", "Who took the step."),
  note: field(z.string().nullable(), "Note", "What the reviewer or maker wrote."),
  versionNumber: field(z.number().int().nullable(), "Version", "The connector version the request was for at this step."),
  createdAt: when("When", "When the step was taken (ISO 8601)."),
  actor: field(ZPerson, "Actor", "Who took the step."),
});
const ZSupportAnswers = z.object({
  businessJustification: field(z.string(), "Business justification", "Why the connector should be shared."),
  impact: field(z.string(), "Impact", "Who it reaches and what they can do."),
  accessManagement: field(z.string(), "Access management", "How access is granted and withdrawn."),
  dependencies: field(z.string(), "Dependencies", "What it relies on."),
  conditionsOfUse: field(z.string(), "Conditions of use", "What users agree to."),
  mitigationPlan: field(z.string(), "Mitigation plan", "What happens if it goes wrong."),
});

export const ZSharingRequestDetail = ZSupportAnswers.extend({
  id: field(z.string(), "Request id", "The sharing request's id."),
  connectorId: field(z.string(), "Connector id", "The connector asked to be shared."),
  versionId: field(z.string(), "Version id", "The connector version asked for."),
  requesterId: field(z.string(), "Requester id", "Who asked."),
  targetScope: field(z.enum(SharingScope), "Target scope", "Who it would be shared with."),
  targets: field(
    z.array(
      z.object({
        type: field(z.enum(["USER", "GROUP"]), "Type", "A person or a group."),
        id: field(z.string(), "Id", "The person's or group's id."),
        permission: field(z.enum(Permission), "Permission", "Use it, or also edit it."),
        displayName: field(z.string(), "Name", "The person's or group's name (the id when it is gone)."),
      }),
    ),
    "Targets",
    "The people and groups named in the request.",
  ),
  dataSensitivity: field(z.enum(DataSensitivity), "Data sensitivity", "How sensitive the data it reaches is."),
  secretHandling: field(z.string().nullable(), "Secret handling", "How the connection's secrets are kept."),
  riskAccepted: field(z.boolean(), "Risk accepted", "Whether the maker accepted a high risk score."),
  riskScore: field(z.number().int().nullable(), "Risk score", "The risk computed on submission; null before it is assessed."),
  stage: field(z.enum(RequestStage), "Stage", "Where the request is in its review."),
  decidedById: field(z.string().nullable(), "Decided by id", "Who approved or rejected it; null while open."),
  decidedAt: whenOrNull("Decided", "When it was approved or rejected (ISO 8601); null while open."),
  decisionNote: field(z.string().nullable(), "Decision note", "What the deciding reviewer wrote."),
  version: field(z.number().int(), "Version", "Pass it back when acting on the request, so a concurrent step is detected."),
  createdAt: when("Created", "When it was submitted (ISO 8601)."),
  updatedAt: when("Updated", "When it last changed (ISO 8601)."),
  requester: field(ZPerson, "Requester", "Who asked."),
  decidedBy: field(z.object({ id: ZPerson.shape.id, displayName: ZPerson.shape.displayName }).nullable(), "Decided by", "Who decided; null while open."),
  steps: field(z.array(ZStep), "Steps", "The review steps, oldest first."),
  shares: field(
    z.array(
      z.object({
        id: field(z.string(), "Share id", "The share's id (revoke it with RevokeShare)."),
        connectorId: field(z.string(), "Connector id", "The connector shared."),
        principalType: field(z.enum(PrincipalType), "Principal type", "A person, a group or the organization."),
        userId: field(z.string().nullable(), "User id", "The person shared with."),
        groupId: field(z.string().nullable(), "Group id", "The group shared with."),
        permission: field(z.enum(Permission), "Permission", "Use it, or also edit it."),
        grantedById: field(z.string(), "Granted by", "Who approved the share."),
        requestId: field(z.string().nullable(), "Request id", "The request that granted it."),
        createdAt: when("Granted", "When it was granted (ISO 8601)."),
        revokedAt: whenOrNull("Revoked", "When it was revoked (ISO 8601); null while it stands."),
        revokedById: field(z.string().nullable(), "Revoked by", "Who revoked it."),
        user: field(z.object({ displayName: ZPerson.shape.displayName }).nullable(), "User", "The person shared with."),
        group: field(z.object({ displayName: field(z.string(), "Group", "The group's name.") }).nullable(), "Group", "The group shared with."),
      }),
    ),
    "Shares",
    "The shares this request granted.",
  ),
  connector: z.object({
    id: field(z.string(), "Connector id", "The connector's id."),
    slug: field(z.string(), "Slug", "The connector's address."),
    title: field(z.string(), "Title", "The connector's title."),
    scope: field(z.enum(SharingScope), "Sharing scope", "Who it is shared with now."),
    authType: field(z.enum(AuthType), "Authentication", "How its connections sign in."),
    hosting: field(z.enum(Hosting), "Hosting", "Where its API runs."),
    ownerId: field(z.string(), "Owner id", "Who owns it."),
  }),
  versionNumber: field(z.number().int(), "Requested version", "The version asked for."),
  sharedVersionNumber: field(z.number().int().nullable(), "Shared version", "The version people it is shared with get today; null before a first approval."),
  latestVersionNumber: field(z.number().int(), "Latest version", "The newest upload."),
  comparisons: field(
    z.array(
      z.object({
        reason: field(z.enum(["shared_now", "uploaded_after", "attached_on_resubmit"]), "Why", "Why the reviewer is shown this comparison."),
        fromNumber: field(z.number().int(), "From version", "The older version."),
        toNumber: field(z.number().int(), "To version", "The newer version."),
        breakingCount: field(z.number().int(), "Breaking changes", "How many changes break flows built on the older version."),
        changes: field(z.array(ZChange), "Changes", "The changes between the two."),
      }),
    ),
    "Comparisons",
    "The requested version against what people get now, what was asked before, and newer uploads.",
  ),
  changesRequestedNote: field(ZStep.nullable(), "Changes asked", "The step that sent the request back, while it waits for the maker; otherwise null."),
  supportDetails: field(ZSupportAnswers, "Support details", "The maker's answers."),
  evaluation: field(ZSharingEvaluation, "Evaluation", "The gates and risk computed now."),
  canDecide: field(z.boolean(), "Can decide", "Whether the caller may take the next review step."),
  isRequester: field(z.boolean(), "Is requester", "Whether the caller asked."),
});

export const ZSharingStepResult = z.object({
  stage: field(z.enum(RequestStage), "Stage", "Where the request is after the step."),
  version: field(z.number().int(), "Version", "Pass it back with the next step."),
  sharesApplied: field(z.number().int(), "Shares applied", "How many shares an approval granted (0 for other steps)."),
});
