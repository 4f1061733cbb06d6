import { SharingScope } from "@connector-hub/db";
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
