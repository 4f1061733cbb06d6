import type { LicencePlan } from "../types.ts";

const USAGE_RANK = { YES: 4, APP_CONTEXT: 3, FLOW_CONTEXT: 3, AZURE_ONLY: 2, NO: 0 } as const;

/** Ranks plans for "most permissive wins" ties and for suggestions: wider usage, then higher cap. */
export function comparePlans(a: LicencePlan, b: LicencePlan): number {
  const byUsage = USAGE_RANK[b.usage] - USAGE_RANK[a.usage];
  if (byUsage !== 0) return byUsage;
  const capA = a.createLimit ?? Number.MAX_SAFE_INTEGER;
  const capB = b.createLimit ?? Number.MAX_SAFE_INTEGER;
  return capB - capA;
}
