// Shared vocabulary of the governance rules. The string values are the database enums, so the
// lead's Prisma rows can be passed in without translation.

export const AUTH_TYPES = ["NONE", "API_KEY", "BASIC", "OAUTH2", "WINDOWS"] as const;
export type AuthType = (typeof AUTH_TYPES)[number];

export const HOSTINGS = ["CLOUD", "ON_PREMISES"] as const;
export type Hosting = (typeof HOSTINGS)[number];

export const SHARING_SCOPES = ["PRIVATE", "USERS", "ORGANIZATION", "PUBLIC"] as const;
export type SharingScope = (typeof SHARING_SCOPES)[number];

export const LIFECYCLES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "DEPRECATED", "RETIRED"] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const PERMISSIONS = ["CAN_VIEW", "CAN_EDIT"] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ENVIRONMENT_TYPES = ["PRODUCTION", "SANDBOX", "DEVELOPER", "TEAMS"] as const;
export type EnvironmentType = (typeof ENVIRONMENT_TYPES)[number];

export const PLAN_USAGES = ["YES", "NO", "APP_CONTEXT", "FLOW_CONTEXT", "AZURE_ONLY"] as const;
export type PlanUsage = (typeof PLAN_USAGES)[number];

export const REQUEST_STAGES = [
  "SUBMITTED",
  "MAKER_CHECKS",
  "RISK_ASSESSMENT",
  "ADMIN_DECISION",
  "APPROVED",
  "REJECTED",
  "WITHDRAWN",
  "CHANGES_REQUESTED",
] as const;
export type RequestStage = (typeof REQUEST_STAGES)[number];

export const DLP_GROUPS = ["BUSINESS", "NON_BUSINESS", "BLOCKED", "IGNORE"] as const;
export type DlpGroup = (typeof DLP_GROUPS)[number];

export const DATA_SENSITIVITIES = ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "HIGHLY_CONFIDENTIAL"] as const;
export type DataSensitivity = (typeof DATA_SENSITIVITIES)[number];

export const ROLE_ADMIN = "Hub.Admin";
export const ROLE_MAKER = "Hub.Maker";
export type Role = typeof ROLE_ADMIN | typeof ROLE_MAKER;

// ---------------------------------------------------------------- licences

export type LicencePlan = {
  key: string;
  name: string;
  usage: PlanUsage;
  /** How many custom connectors a user may own; null means the source states no cap. */
  createLimit: number | null;
  canShare: boolean;
  /** A trial lasts this many days from assignment when the assignment itself has no expiry. */
  trialDays: number | null;
  /** Still offered for purchase, so it may be suggested as the plan that would change a verdict. */
  sellable: boolean;
  source: string;
  price?: string;
};

export type LicenceAssignment = {
  plan: string;
  expiresAt: Date | null;
  via: "user" | "group";
  /** Not counted before this moment; a trial without expiresAt runs trialDays from here. */
  startsAt?: Date | null;
  /** Group display name, used in messages when via is "group". */
  groupName?: string;
};

export type EligibilityUser = { id: string; assignments: readonly LicenceAssignment[] };

export type EligibilityConnector = {
  hosting: Hosting;
  host: string;
  ownerId: string;
  authType: AuthType;
  gatewayName?: string | null;
  name?: string;
};

export type UsageContext = "standalone" | "app" | "flow";

export type EligibilityRule =
  | "plan.included"
  | "plan.not_included"
  | "plan.app_context_only"
  | "plan.flow_context_only"
  | "plan.azure_hosted_only"
  | "plan.teams_environment_only"
  | "environment.teams_azure_only"
  | "connector.gateway_missing"
  | "cap.below"
  | "cap.reached"
  | "cap.none_stated"
  | "share.allowed"
  | "share.not_allowed"
  | "share.needs_use"
  | "no_valid_plan";

export type EligibilityVerdict = {
  allowed: boolean;
  rule: EligibilityRule;
  reason: string;
  /** Key of the plan whose rule decided. */
  decidedByPlan?: string;
  /** Key of a plan on sale that would turn a refusal into an allowance. */
  planThatWouldChangeIt?: string;
};

export type IgnoredAssignment = { plan: string; reason: string };

export type EligibilityResult = {
  userId: string;
  canUse: EligibilityVerdict;
  canCreate: EligibilityVerdict;
  canShare: EligibilityVerdict;
  /** The most permissive valid plan, or null when the user holds none. */
  effectivePlan: string | null;
  ignored: IgnoredAssignment[];
};

export type CheckEligibilityOptions = {
  user: EligibilityUser;
  connector: EligibilityConnector;
  environment?: { type: EnvironmentType };
  context?: UsageContext;
  /** Connectors the user owns across every environment: the cap is per user, not per environment. */
  ownedConnectorCount: number;
  now: Date;
  plans?: readonly LicencePlan[];
  /** "self" (the default) speaks to the user ("Your plan…"); "other" speaks about them to an administrator ("Their plan…"). */
  voice?: "self" | "other";
};

// ---------------------------------------------------------------- sharing

export type ShareTarget = {
  scope: SharingScope;
  users?: readonly { id: string; permission: Permission }[];
  groups?: readonly { id: string; permission: Permission }[];
};

export type SupportDetails = {
  businessJustification?: string | null;
  impact?: string | null;
  accessManagement?: string | null;
  dependencies?: string | null;
  conditionsOfUse?: string | null;
  mitigationPlan?: string | null;
};

export type TargetEligibility = { principalId: string; displayName?: string; canUse: boolean; reason?: string };

export type SharingGateCode =
  | "version.no_errors"
  | "version.no_certification_errors"
  | "target.chosen"
  | "secrets.declared"
  | "anonymous.risk_accepted"
  | "windows.gateway"
  | "onpremises.gateway"
  | "host.https"
  | "support.details_complete"
  | "lifecycle.shareable"
  | "licence.targets"
  | "published.duplicate";

export type SharingGate = { code: SharingGateCode; passed: boolean; blocking: boolean; message: string };

export type RiskLevel = "low" | "medium" | "high";
export type RiskLine = { factor: string; points: number; explanation: string };
export type RiskScore = { score: number; level: RiskLevel; lines: RiskLine[] };

export type SharingAction =
  "submit" | "start_maker_checks" | "complete_maker_checks" | "complete_risk_assessment" | "approve" | "reject" | "request_changes" | "resubmit" | "withdraw";

export type Actor = { id: string; roles: readonly string[] };

export type TransitionErrorCode =
  | "transition.not_allowed"
  | "transition.terminal"
  | "transition.not_requester"
  | "transition.not_admin"
  | "transition.own_request"
  | "transition.note_required";

export type ReviewStep = { from: RequestStage | null; to: RequestStage; action: SharingAction; actorId: string; note: string | null; at?: Date };

export type TransitionResult =
  | {
      ok: true;
      stage: RequestStage;
      step: ReviewStep;
      /** Write with `where version = previous version` so a concurrent decision loses. */
      version: number;
      /** True when this transition approved the request and the shares should now be applied. */
      appliesShares: boolean;
    }
  /** `code` names the rule; `reason` its kind in the hub's taxonomy (refused, stale, not possible now). */
  | { ok: false; code: TransitionErrorCode; message: string; reason: "FORBIDDEN" | "CONFLICT" | "UNPROCESSABLE" };

// ---------------------------------------------------------------- access

export const PRINCIPAL_TYPES = ["USER", "GROUP", "ORGANIZATION"] as const;
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];

/** Shaped like the Share row, so rows can be passed straight in. */
export type ConnectorShare = {
  principalType: PrincipalType;
  userId?: string | null;
  groupId?: string | null;
  permission: Permission;
  /** A revoked share grants nothing. */
  revokedAt?: Date | null;
};

/** Shaped like the Connector row (scope is its sharing scope) with its shares included. */
export type AccessConnector = { ownerId: string; scope: SharingScope; shares: readonly ConnectorShare[] };
export type AccessUser = { id: string; roles: readonly string[]; groupIds?: readonly string[] };
/** Who reads: the web app's signed-in viewer (a session or an API token) fits this shape as it is. */
export type ReadViewer = { userId: string; roles: readonly string[]; groupIds?: readonly string[] };

export type AccessReason =
  "access.admin" | "access.owner" | "access.co_owner" | "access.shared" | "access.organization" | "access.denied" | "access.own_request";

export type AccessDecision = { allowed: boolean; code: AccessReason; reason: string };

// ---------------------------------------------------------------- DLP

export type DlpPattern = { order: number; pattern: string; group: DlpGroup };
export type DlpOverride = { connectorName?: string | null; connectorId?: string | null; group: DlpGroup };

export type DlpPolicy = {
  id?: string;
  name?: string;
  scope?: "TENANT" | "ENVIRONMENT";
  environmentId?: string | null;
  patterns: readonly DlpPattern[];
  overrides: readonly DlpOverride[];
};

export type DlpConnector = { id: string; name: string; host: string; basePath?: string | null; scheme?: string | null };

export type DlpDecision = {
  group: DlpGroup;
  decidedBy: { kind: "override" | "pattern" | "default"; pattern?: string; order?: number; by?: "name" | "id" };
};

export type DlpProblemCode =
  | "dlp.star_missing"
  | "dlp.star_not_last"
  | "dlp.ignore_not_star"
  | "dlp.pattern_empty"
  | "dlp.pattern_invalid"
  | "dlp.pattern_duplicate"
  | "dlp.order_duplicate"
  | "dlp.order_invalid"
  | "dlp.group_invalid"
  | "dlp.override_target_missing"
  | "dlp.override_ignore"
  | "dlp.override_conflict";

export type DlpProblem = { code: DlpProblemCode; message: string; path: string };

export type MovedConnector = { connector: DlpConnector; from: DlpDecision; to: DlpDecision };
