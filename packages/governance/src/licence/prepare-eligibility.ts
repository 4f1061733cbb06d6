import type { EligibilityConnector, EligibilityVerdict, EnvironmentType, LicencePlan, UsageContext } from "../types.ts";
import { DEFAULT_LICENCE_PLANS } from "./default-licence-plans.ts";
import { comparePlans } from "./compare-plans.ts";
import { evaluatePlan, type PlanVerdicts, type Situation } from "./evaluate-plan.ts";
import { matchAzureHost } from "./match-azure-host.ts";
import { voiceWords, type EligibilityVoice } from "./voice-words.ts";

export type PreparedEligibility = {
  situation: Situation;
  planByKey: ReadonlyMap<string, LicencePlan>;
  /** Set when the connector or environment itself refuses, whatever plan the user holds. */
  blanketRefusal: EligibilityVerdict | null;
  /** Plans on sale, best first, to name the one that would change a refusal. */
  suggestionOrder: readonly LicencePlan[];
  useSuggestion: string | undefined;
  shareSuggestion: string | undefined;
  /** Verdicts of a plan at a given owned count; many users share both, so a bulk check reuses them. */
  verdictCache: Map<string, PlanVerdicts>;
};

export type PrepareEligibilityOptions = {
  connector: EligibilityConnector;
  environment?: { type: EnvironmentType };
  context?: UsageContext;
  plans?: readonly LicencePlan[];
  voice?: EligibilityVoice;
};

/**
 * Everything about an eligibility check that does not depend on the user, computed once so
 * that a bulk check costs only the per-user plan lookups.
 */
export function prepareEligibility(options: PrepareEligibilityOptions): PreparedEligibility {
  const plans = options.plans ?? DEFAULT_LICENCE_PLANS;
  const connector = options.connector;
  const hostLabel = connector.host.trim() === "" ? "the connector's host (not set)" : connector.host.trim();
  const situation: Situation = {
    connector,
    words: voiceWords(options.voice ?? "self"),
    environmentType: options.environment?.type ?? null,
    context: options.context ?? "standalone",
    azure: matchAzureHost(connector.host),
    hostLabel,
  };
  const planByKey = new Map(plans.map((p) => [p.key, p]));
  const suggestionOrder = plans.filter((p) => p.sellable).sort(comparePlans);
  const useSuggestion = suggestionOrder.find((p) => evaluatePlan(p, situation, 0).use.allowed)?.key;
  const shareSuggestion = suggestionOrder.find((p) => {
    const v = evaluatePlan(p, situation, 0);
    return v.use.allowed && v.share.allowed;
  })?.key;
  return {
    situation,
    planByKey,
    blanketRefusal: findBlanketRefusal(situation),
    suggestionOrder,
    useSuggestion,
    shareSuggestion,
    verdictCache: new Map(),
  };
}

function findBlanketRefusal(s: Situation): EligibilityVerdict | null {
  const c = s.connector;
  if (c.hosting === "ON_PREMISES" && (c.gatewayName ?? "").trim() === "") {
    return {
      allowed: false,
      rule: "connector.gateway_missing",
      reason: "This connector is hosted on-premises but names no on-premises data gateway; its owner must choose a gateway before anyone can use it.",
    };
  }
  if (s.environmentType === "TEAMS") {
    if (c.hosting === "ON_PREMISES") {
      return {
        allowed: false,
        rule: "environment.teams_azure_only",
        reason: "A Dataverse for Teams environment allows only custom connectors to APIs hosted on Azure; this connector is on-premises behind a gateway.",
      };
    }
    if (s.azure === null) {
      return {
        allowed: false,
        rule: "environment.teams_azure_only",
        reason: `A Dataverse for Teams environment allows only custom connectors to APIs hosted on Azure; ${s.hostLabel} is not an Azure host (such as *.azurewebsites.net or *.azure-api.net).`,
      };
    }
  }
  return null;
}
