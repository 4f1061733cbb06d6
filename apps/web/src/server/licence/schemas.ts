import { ENVIRONMENT_TYPES } from "@connector-hub/governance";
import { z } from "zod";

// The eligibility route's answer, parsed by the route and generated into /api/v1/swagger.json (see hub-openapi.ts).

const field = <T extends z.ZodType>(schema: T, summary: string, description: string) => schema.meta({ "x-ms-summary": summary, description });

export const ZEligibilityVerdict = z.object({
  allowed: field(z.boolean(), "Allowed", "Whether the person may."),
  rule: field(z.string(), "Rule", "The rule that decided, like plan.included or cap.reached."),
  reason: field(z.string(), "Reason", "Why, in words."),
  decidedByPlan: field(z.string(), "Decided by plan", "The plan whose rule decided.").optional(),
  planThatWouldChangeIt: field(z.string(), "Plan that would change it", "A plan on sale that would turn a refusal into an allowance.").optional(),
});

export const ZEligibility = z.object({
  userId: field(z.string(), "User id", "The person checked."),
  canUse: field(ZEligibilityVerdict, "Can use", "May they use the connector."),
  canCreate: field(ZEligibilityVerdict, "Can create", "May they create one more connector."),
  canShare: field(ZEligibilityVerdict, "Can share", "May they share the connector."),
  effectivePlan: field(z.string().nullable(), "Effective plan", "The most permissive valid plan; null when they hold none."),
  ignored: field(
    z.array(z.object({ plan: field(z.string(), "Plan", "The plan key."), reason: field(z.string(), "Reason", "Why it does not count.") })),
    "Ignored assignments",
    "Assigned plans that do not count (expired, not yet valid ...).",
  ),
  ownedConnectorCount: field(z.number().int(), "Owned connectors", "How many connectors they own across environments."),
  environmentType: field(z.enum(ENVIRONMENT_TYPES).nullable(), "Environment type", "The type of the environment checked; null when none."),
});

const ZVerdictOrNone = ZEligibilityVerdict.nullable();

export const ZEligibilityBulkReport = z.object({
  connector: z.object({
    id: field(z.string(), "Connector id", "The connector checked against."),
    slug: field(z.string(), "Slug", "The connector's address."),
    title: field(z.string(), "Title", "The connector's title."),
  }),
  results: field(
    z.array(
      ZEligibility.omit({ environmentType: true }).extend({
        upn: field(z.string(), "User principal name", "The person's sign-in name."),
        displayName: field(z.string(), "Name", "The person's name."),
        environmentType: ZEligibility.shape.environmentType.optional(),
      }),
    ),
    "Results",
    "One verdict per person found.",
  ),
  unknownUpns: field(z.array(z.string()), "Unknown names", "User principal names asked about that match no active user: correct them and check again."),
  summary: z.object({
    total: field(z.number().int(), "People", "How many people were checked."),
    canUse: field(z.number().int(), "Can use", "How many may use the connector."),
    canCreate: field(z.number().int(), "Can create", "How many may create one more connector."),
    canShare: field(z.number().int(), "Can share", "How many may share it."),
  }),
  rows: field(
    z.array(
      z.object({
        line: field(z.number().int(), "Line", "The line of the CSV file."),
        upn: field(z.string(), "Value", "The user principal name read from the line, or the text that could not be read."),
        displayName: field(z.string().nullable(), "Name", "The person's name; null when no one was found."),
        outcome: field(z.enum(["eligible", "not eligible", "unknown user", "unreadable", "duplicate"]), "Outcome", "What the check found for the line."),
        reason: field(z.string(), "Reason", "Why, in words an administrator can act on."),
        canUse: field(ZVerdictOrNone, "Can use", "The use verdict; null when the line names no one."),
        canCreate: field(ZVerdictOrNone, "Can create", "The creation verdict; null when the line names no one."),
        canShare: field(ZVerdictOrNone, "Can share", "The sharing verdict; null when the line names no one."),
      }),
    ),
    "Rows",
    "With a CSV body only: one row per line of the file, in file order.",
  ).optional(),
  rejectedRows: field(
    z.array(
      z.object({
        line: field(z.number().int(), "Line", "The line of the CSV file."),
        value: field(z.string(), "Value", "The text of the line."),
        problem: field(z.string(), "Problem", "What is wrong with it and what to change."),
      }),
    ),
    "Rejected lines",
    "With a CSV body only: the lines that could not be read.",
  ).optional(),
});

/** The bulk check's connector, in a JSON body or as ?connector= beside a CSV body. */
export const ZEligibilityConnector = z
  .string({ error: "Give connector: the slug of the connector to check against." })
  .trim()
  .min(1, "Give connector: the slug of the connector to check against.")
  .meta({ "x-ms-summary": "Connector slug", description: "The connector to check against." });
export const ZEligibilityContext = z
  .enum(["standalone", "app", "flow"])
  .optional()
  .meta({ "x-ms-summary": "Context", description: "Where the connector would be used." });

/** The bulk check's JSON body: one connector and the people, by user principal name, user id or group. */
export const ZEligibilityBulkInput = z.object({
  connector: ZEligibilityConnector,
  upns: field(z.array(z.string()).max(50_000), "User principal names", "The people to check, by sign-in name.").optional(),
  userIds: field(z.array(z.string()).max(50_000), "User ids", "The people to check, by id.").optional(),
  groupId: field(z.string(), "Group id", "Check every member of this group.").optional(),
  context: ZEligibilityContext,
});
