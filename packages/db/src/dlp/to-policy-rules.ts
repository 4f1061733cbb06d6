import type { DlpPolicy as PolicyRules } from "@connector-hub/governance";
import type { DlpGroup } from "../generated/prisma/enums.ts";

/** A stored policy with its patterns and overrides, as the data-access functions return it. */
export interface StoredDlpPolicy {
  id: string;
  name: string;
  scope: "TENANT" | "ENVIRONMENT";
  environmentId: string | null;
  isDefault: boolean;
  createdAt: Date;
  updatedAt: Date;
  patterns: { order: number; pattern: string; group: DlpGroup }[];
  overrides: { connectorId: string; group: DlpGroup; connector?: { slug: string; title: string } }[];
}

export const POLICY_INCLUDE = {
  patterns: { orderBy: { order: "asc" as const }, select: { order: true, pattern: true, group: true } },
  overrides: { select: { connectorId: true, group: true, connector: { select: { slug: true, title: true } } } },
};

/** The rules of a stored policy in the shape @connector-hub/governance classifies with. */
export function toPolicyRules(policy: StoredDlpPolicy): PolicyRules {
  return {
    id: policy.id,
    name: policy.name,
    scope: policy.scope,
    environmentId: policy.environmentId,
    patterns: policy.patterns.map((p) => ({ order: p.order, pattern: p.pattern, group: p.group })),
    overrides: policy.overrides.map((o) => ({ connectorId: o.connectorId, group: o.group })),
  };
}

/** Identifies one saved state of a policy: facts computed under another stamp are stale. */
export function policyStamp(policy: Pick<StoredDlpPolicy, "id" | "updatedAt"> | null): string {
  return policy ? `${policy.id}@${policy.updatedAt.toISOString()}` : "none";
}
