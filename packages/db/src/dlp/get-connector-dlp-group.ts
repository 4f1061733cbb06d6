import { compileDlpPolicy, type DlpDecision } from "@connector-hub/governance";
import type { Db } from "../client.ts";
import { findApplicablePolicies, policyFor } from "./find-applicable-policies.ts";
import { listDlpConnectors } from "./list-dlp-connectors.ts";
import { toPolicyRules } from "./to-policy-rules.ts";

export interface ConnectorDlpGroup {
  decision: DlpDecision;
  policy: { id: string; name: string } | null;
}

/** The DLP group of one connector, classified live under the policy that applies to it (for its page). */
export async function getConnectorDlpGroup(db: Db, slug: string): Promise<ConnectorDlpGroup | null> {
  const [connector] = await listDlpConnectors(db, { slug });
  if (!connector) return null;
  const policy = policyFor(await findApplicablePolicies(db), connector.environmentId);
  const decision = compileDlpPolicy(policy ? toPolicyRules(policy) : { patterns: [], overrides: [] }).classify(connector);
  return { decision, policy: policy ? { id: policy.id, name: policy.name } : null };
}
