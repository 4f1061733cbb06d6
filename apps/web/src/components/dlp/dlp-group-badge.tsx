import type { ConnectorDlpGroup } from "@connector-hub/db";
import { DLP_GROUP_COLORS, DLP_GROUP_LABELS } from "./dlp-labels.ts";

/** The connector's DLP group under the policy that applies to it, and the rule that decided it. */
export function DlpGroupBadge({ dlpGroup }: { dlpGroup: ConnectorDlpGroup | null }) {
  if (!dlpGroup) return null;
  const { decision, policy } = dlpGroup;
  const why =
    decision.decidedBy.kind === "override"
      ? "classified by name"
      : decision.decidedBy.kind === "pattern"
        ? `matches ${decision.decidedBy.pattern ?? ""}`
        : "no pattern matches";
  return (
    <p className="text-sm" data-testid="dlp-group">
      <span className="text-slate-500">DLP group: </span>
      <span className="rounded px-2 py-0.5 font-medium text-white" style={{ backgroundColor: DLP_GROUP_COLORS[decision.group] ?? "#69797e" }}>
        {DLP_GROUP_LABELS[decision.group] ?? decision.group}
      </span>
      <span className="text-slate-500">
        {" "}
        ({why}
        {policy ? `, policy ${policy.name}` : ", no DLP policy"})
      </span>
    </p>
  );
}
