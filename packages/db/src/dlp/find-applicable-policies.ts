import type { Db } from "../client.ts";
import { listDlpPolicies } from "./list-dlp-policies.ts";
import type { StoredDlpPolicy } from "./to-policy-rules.ts";

export interface ApplicablePolicies {
  /** The policy for connectors whose environment has none of its own: the default tenant policy. */
  tenant: StoredDlpPolicy | null;
  /** Environment id -> the policy scoped to that environment (first by name when several). */
  byEnvironment: Map<string, StoredDlpPolicy>;
  all: StoredDlpPolicy[];
}

/**
 * Which policy decides a connector's group: the policy scoped to its environment if there is one, else the
 * default tenant policy (else the first tenant policy by name). One policy per connector keeps every group
 * explainable by a single rule.
 */
export async function findApplicablePolicies(db: Db): Promise<ApplicablePolicies> {
  const all = await listDlpPolicies(db);
  const tenantPolicies = all.filter((p) => p.scope === "TENANT");
  const tenant = tenantPolicies.find((p) => p.isDefault) ?? tenantPolicies[0] ?? null;
  const byEnvironment = new Map<string, StoredDlpPolicy>();
  for (const p of all) {
    if (p.scope === "ENVIRONMENT" && p.environmentId && !byEnvironment.has(p.environmentId)) byEnvironment.set(p.environmentId, p);
  }
  return { tenant, byEnvironment, all };
}

export function policyFor(applicable: ApplicablePolicies, environmentId: string): StoredDlpPolicy | null {
  return applicable.byEnvironment.get(environmentId) ?? applicable.tenant;
}
