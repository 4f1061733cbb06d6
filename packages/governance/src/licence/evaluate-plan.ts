import type { EligibilityConnector, EligibilityRule, EnvironmentType, LicencePlan, UsageContext } from "../types.ts";
import type { AzureHostMatch } from "./match-azure-host.ts";
import type { VoiceWords } from "./voice-words.ts";

export type Situation = {
  connector: EligibilityConnector;
  /** Whom the reasons speak to: the person reading their own licence, or an administrator checking someone. */
  words: VoiceWords;
  environmentType: EnvironmentType | null;
  context: UsageContext;
  azure: AzureHostMatch | null;
  hostLabel: string;
};

export type PlanVerdict = { allowed: boolean; rule: EligibilityRule; reason: string };
export type PlanVerdicts = { use: PlanVerdict; create: PlanVerdict; share: PlanVerdict };

const CONTEXT_WORDS: Record<UsageContext, string> = {
  standalone: "on its own (outside an app or a licensed flow)",
  app: "inside an app",
  flow: "in a flow",
};

/** What one plan alone says about using, creating and sharing, for one user's connector count. */
export function evaluatePlan(plan: LicencePlan, situation: Situation, ownedCount: number): PlanVerdicts {
  const use = evaluateUse(plan, situation);
  return { use, create: evaluateCreate(plan, use, ownedCount, situation.words), share: evaluateShare(plan, use, situation.words) };
}

function evaluateUse(plan: LicencePlan, s: Situation): PlanVerdict {
  const name = plan.name;
  const w = s.words;
  switch (plan.usage) {
    case "NO":
      return {
        allowed: false,
        rule: "plan.not_included",
        reason: `${w.Your} ${name} plan does not include custom connectors: they are premium.`,
      };
    case "YES":
      return { allowed: true, rule: "plan.included", reason: `${w.Your} ${name} plan includes custom connectors.` };
    case "APP_CONTEXT":
      return s.context === "app"
        ? { allowed: true, rule: "plan.app_context_only", reason: `${w.Your} ${name} plan allows custom connectors inside an app.` }
        : {
            allowed: false,
            rule: "plan.app_context_only",
            reason: `${w.Your} ${name} plan allows custom connectors only inside an app's context, not ${CONTEXT_WORDS[s.context]}.`,
          };
    case "FLOW_CONTEXT":
      return s.context === "flow"
        ? { allowed: true, rule: "plan.flow_context_only", reason: `${w.Your} ${name} plan allows custom connectors in the flow it licenses.` }
        : {
            allowed: false,
            rule: "plan.flow_context_only",
            reason: `${w.Your} ${name} plan allows custom connectors only in the flow it licenses, not ${CONTEXT_WORDS[s.context]}.`,
          };
    case "AZURE_ONLY":
      return evaluateAzureOnly(plan, s);
  }
}

function evaluateAzureOnly(plan: LicencePlan, s: Situation): PlanVerdict {
  const w = s.words;
  if (s.environmentType !== null && s.environmentType !== "TEAMS") {
    return {
      allowed: false,
      rule: "plan.teams_environment_only",
      reason: `${w.Your} ${plan.name} plan covers custom connectors only in a Dataverse for Teams environment, and this is a ${s.environmentType.toLowerCase()} environment.`,
    };
  }
  if (s.connector.hosting === "ON_PREMISES") {
    return {
      allowed: false,
      rule: "plan.azure_hosted_only",
      reason: `${w.Your} ${plan.name} plan allows only connectors to APIs hosted on Azure; this connector is on-premises behind a gateway.`,
    };
  }
  if (s.azure === null) {
    return {
      allowed: false,
      rule: "plan.azure_hosted_only",
      reason: `${w.Your} ${plan.name} plan allows only connectors to APIs hosted on Azure; ${s.hostLabel} is not an Azure host (such as *.azurewebsites.net or *.azure-api.net).`,
    };
  }
  return {
    allowed: true,
    rule: "plan.azure_hosted_only",
    reason: `${w.Your} ${plan.name} plan allows connectors to Azure-hosted APIs, and ${s.hostLabel} is on ${s.azure.service} (${s.azure.suffix}).`,
  };
}

function evaluateCreate(plan: LicencePlan, use: PlanVerdict, owned: number, w: VoiceWords): PlanVerdict {
  if (plan.usage === "NO") {
    return {
      allowed: false,
      rule: "plan.not_included",
      reason: `${w.Your} ${plan.name} plan does not include custom connectors, so ${w.you} cannot create one.`,
    };
  }
  // A plan limited to Azure hosts or Teams environments cannot be used to create a connector it could not run.
  if (plan.usage === "AZURE_ONLY" && !use.allowed) {
    return { allowed: false, rule: use.rule, reason: use.reason.replace("allows only", `lets ${w.them} create only`) };
  }
  const ownedText = `${owned} custom connector${owned === 1 ? "" : "s"}`;
  if (plan.createLimit === null) {
    return {
      allowed: true,
      rule: "cap.none_stated",
      reason: `${w.Your} ${plan.name} plan states no cap on custom connectors; ${w.you} own ${ownedText} across all environments.`,
    };
  }
  if (owned < plan.createLimit) {
    const left = plan.createLimit - owned;
    return {
      allowed: true,
      rule: "cap.below",
      reason: `${w.You} own ${owned} of ${plan.createLimit} custom connector${plan.createLimit === 1 ? "" : "s"} ${w.your} ${plan.name} plan allows (across all environments), so ${w.you} may create ${left === 1 ? "one more" : `${left} more`}.`,
    };
  }
  const count =
    owned === plan.createLimit
      ? `${w.You} own ${owned} of ${plan.createLimit} custom connector${plan.createLimit === 1 ? "" : "s"} ${w.your} ${plan.name} plan allows`
      : `${w.You} own ${owned} custom connectors, more than the ${plan.createLimit} ${w.your} ${plan.name} plan allows`;
  return {
    allowed: false,
    rule: "cap.reached",
    reason: `${count} (across all environments); delete or hand over one before creating another.`,
  };
}

function evaluateShare(plan: LicencePlan, use: PlanVerdict, w: VoiceWords): PlanVerdict {
  if (plan.usage === "NO") {
    return {
      allowed: false,
      rule: "share.not_allowed",
      reason: `${w.Your} ${plan.name} plan does not include custom connectors, so ${w.you} cannot share one.`,
    };
  }
  if (!plan.canShare) {
    return { allowed: false, rule: "share.not_allowed", reason: `${w.Your} ${plan.name} plan does not allow sharing custom connectors.` };
  }
  if (plan.usage === "AZURE_ONLY" && !use.allowed) {
    return { allowed: false, rule: "share.needs_use", reason: `${use.reason} ${w.You} cannot share a connector ${w.your} plan does not let ${w.them} use.` };
  }
  return { allowed: true, rule: "share.allowed", reason: `${w.Your} ${plan.name} plan allows sharing custom connectors.` };
}
