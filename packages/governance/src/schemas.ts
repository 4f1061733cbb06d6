// Zod schemas for the inputs that arrive from forms and the REST API, so route handlers parse
// them with the same vocabulary and get messages that say what to change.
import { z } from "zod";
import { AUTH_TYPES, DATA_SENSITIVITIES, DLP_GROUPS, ENVIRONMENT_TYPES, HOSTINGS, PERMISSIONS, PLAN_USAGES, REQUEST_STAGES, SHARING_SCOPES } from "./types.ts";

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) => z.enum(values, { error: `${what} must be one of ${values.join(", ")}.` });

export const ZAuthType = oneOf(AUTH_TYPES, "Authentication type");
export const ZHosting = oneOf(HOSTINGS, "Hosting");
export const ZSharingScope = oneOf(SHARING_SCOPES, "Sharing scope");
export const ZPermission = oneOf(PERMISSIONS, "Permission");
export const ZEnvironmentType = oneOf(ENVIRONMENT_TYPES, "Environment type");
export const ZPlanUsage = oneOf(PLAN_USAGES, "Plan usage");
export const ZRequestStage = oneOf(REQUEST_STAGES, "Request stage");
export const ZDlpGroup = oneOf(DLP_GROUPS, "DLP group");
export const ZDataSensitivity = oneOf(DATA_SENSITIVITIES, "Data sensitivity");
export const ZSharingAction = oneOf(
  ["submit", "start_maker_checks", "complete_maker_checks", "complete_risk_assessment", "approve", "reject", "request_changes", "resubmit", "withdraw"],
  "Action",
);

const nonNegativeIntOrNull = (what: string) =>
  z
    .number({ error: `${what} must be a whole number, or empty for none.` })
    .int({ error: `${what} must be a whole number.` })
    .min(0, { error: `${what} cannot be negative.` })
    .nullable();

/** A licence plan as an administrator edits it. */
export const ZLicencePlan = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,63}$/, { error: "Plan key must be capital letters, digits and underscores, e.g. POWER_AUTOMATE_PREMIUM." }),
  name: z.string().trim().min(1, { error: "Give the plan a name." }).max(200),
  usage: ZPlanUsage,
  createLimit: nonNegativeIntOrNull("Create limit"),
  canShare: z.boolean({ error: "Say whether holders may share (true or false)." }),
  trialDays: nonNegativeIntOrNull("Trial days").refine((v) => v === null || v > 0, {
    error: "Trial days must be at least 1, or empty for a plan that is not a trial.",
  }),
  sellable: z.boolean(),
  source: z.string().trim().min(1, { error: "Say where the plan's facts come from (document and date)." }),
  price: z.string().optional(),
});
export type TLicencePlan = z.infer<typeof ZLicencePlan>;

export const ZDlpPattern = z.object({
  order: z.number().int({ error: "Pattern order must be a whole number." }),
  pattern: z.string().trim().min(1, { error: "Enter a host URL pattern such as https://*.contoso.com." }),
  group: ZDlpGroup,
});

export const ZDlpOverride = z
  .object({ connectorName: z.string().trim().nullish(), connectorId: z.string().trim().nullish(), group: ZDlpGroup })
  .refine((o) => Boolean(o.connectorName) || Boolean(o.connectorId), { error: "Choose the connector this classification applies to." });

/** Shape only; the policy rules (star last, Ignore on star, ...) are validateDlpPolicy's. */
export const ZDlpPolicy = z.object({
  name: z.string().trim().min(1, { error: "Give the policy a name." }).max(200).describe("The policy's name."),
  scope: z.enum(["TENANT", "ENVIRONMENT"], { error: "Scope must be TENANT or ENVIRONMENT." }).optional().describe("TENANT or ENVIRONMENT."),
  environmentId: z.string().nullish().describe("With scope ENVIRONMENT: the environment it governs."),
  patterns: z.array(ZDlpPattern).describe("Host URL patterns in order, first match wins; * last."),
  overrides: z.array(ZDlpOverride).describe("Per-connector classifications that override the patterns."),
});
export type TDlpPolicy = z.infer<typeof ZDlpPolicy>;

export const ZShareTarget = z.object({
  scope: ZSharingScope,
  users: z.array(z.object({ id: z.string().min(1), permission: ZPermission })).optional(),
  groups: z.array(z.object({ id: z.string().min(1), permission: ZPermission })).optional(),
});

export const ZSupportDetails = z.object({
  businessJustification: z.string().trim().max(4000).nullish(),
  impact: z.string().trim().max(4000).nullish(),
  accessManagement: z.string().trim().max(4000).nullish(),
  dependencies: z.string().trim().max(4000).nullish(),
  conditionsOfUse: z.string().trim().max(4000).nullish(),
  mitigationPlan: z.string().trim().max(4000).nullish(),
});
