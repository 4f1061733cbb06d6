import type { CheckEligibilityOptions, EligibilityConnector, EligibilityResult, EligibilityUser } from "../types.ts";
import { decideEligibility } from "./decide-eligibility.ts";
import { prepareEligibility } from "./prepare-eligibility.ts";

export type CheckEligibilityBulkOptions = Pick<CheckEligibilityOptions, "environment" | "context" | "now" | "plans" | "voice"> & {
  /** Owned custom connectors per user id, across all environments; a missing id counts as 0. */
  ownedConnectorCounts?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
};

export type EligibilityBulkResult = {
  results: EligibilityResult[];
  summary: { total: number; canUse: number; canCreate: number; canShare: number; cannotUseUserIds: string[] };
};

/**
 * The same verdicts as checkEligibility for many users against one connector. The
 * user-independent work (host matching, plan lookup, suggestions) is done once.
 */
export function checkEligibilityBulk(
  users: readonly EligibilityUser[],
  connector: EligibilityConnector,
  options: CheckEligibilityBulkOptions,
): EligibilityBulkResult {
  const prepared = prepareEligibility({ ...options, connector });
  const nowMs = options.now.getTime();
  const countOf = makeCountLookup(options.ownedConnectorCounts);
  const results: EligibilityResult[] = [];
  const summary = { total: users.length, canUse: 0, canCreate: 0, canShare: 0, cannotUseUserIds: [] as string[] };
  for (const user of users) {
    const r = decideEligibility(prepared, user, countOf(user.id), nowMs);
    results.push(r);
    if (r.canUse.allowed) summary.canUse++;
    else summary.cannotUseUserIds.push(user.id);
    if (r.canCreate.allowed) summary.canCreate++;
    if (r.canShare.allowed) summary.canShare++;
  }
  return { results, summary };
}

function makeCountLookup(counts: CheckEligibilityBulkOptions["ownedConnectorCounts"]): (id: string) => number {
  if (counts === undefined) return () => 0;
  if (isMap(counts)) return (id) => counts.get(id) ?? 0;
  return (id) => (Object.hasOwn(counts, id) ? (counts[id] ?? 0) : 0);
}

function isMap(value: object): value is ReadonlyMap<string, number> {
  return value instanceof Map;
}
