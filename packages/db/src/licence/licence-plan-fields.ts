import type { LicencePlan } from "@connector-hub/governance";

/** A plan's governed fields, and nothing else a row or an input carries: what the rules read and the audit trail keeps. */
export function licencePlanFields(p: LicencePlan): LicencePlan {
  return {
    key: p.key,
    name: p.name,
    usage: p.usage,
    createLimit: p.createLimit,
    canShare: p.canShare,
    trialDays: p.trialDays,
    sellable: p.sellable,
    source: p.source,
  };
}
