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
