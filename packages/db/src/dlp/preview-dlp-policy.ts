import {
  compileDlpPolicy,
  type DlpDecision,
  type DlpGroup,
  type DlpProblem,
  formatZodIssues,
  previewPolicyChange,
  validateDlpPolicy,
  ZDlpPolicy,
} from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { findApplicablePolicies, policyFor } from "./find-applicable-policies.ts";
import { listDlpConnectors } from "./list-dlp-connectors.ts";
import { describeDecision } from "./refresh-dlp-facts.ts";
import { resolveDlpPolicyInput } from "./resolve-dlp-policy-input.ts";
import { toPolicyRules } from "./to-policy-rules.ts";
import { listSuspendedByBlocking, type SuspendedByPolicy } from "../inventory/list-suspended-by-blocking.ts";

export interface DlpPreview {
  /** Connectors that would change group, at most `limit` of them (ordered by title). */
  moved: { id: string; slug: string; title: string; host: string; from: { group: DlpGroup; rule: string }; to: { group: DlpGroup; rule: string } }[];
  total: number;
  /** How many connectors the policy governs, and how many of them fall in each group before and after. */
  governed: number;
  before: Record<DlpGroup, number>;
  after: Record<DlpGroup, number>;
  /** What validateDlpPolicy says about the draft; saving is refused until empty. */
  problems: DlpProblem[];
  /** The apps and flows in environments that use a connector the draft would block (#20). */
  suspended: SuspendedByPolicy;
}

const emptyCounts = (): Record<DlpGroup, number> => ({ BUSINESS: 0, NON_BUSINESS: 0, BLOCKED: 0, IGNORE: 0 });
const side = (d: DlpDecision) => ({ group: d.group, rule: describeDecision(d) });

/**
 * "What if": which connectors would move group if the draft replaced the stored policy `id` (or, for a new
 * policy, the policy that governs them now). A tenant policy reaches every connector without an environment
 * policy; an environment policy, the connectors of its environment.
 */
export async function previewDlpPolicy(db: Db, options: { id?: string; input: unknown; limit?: number }): Promise<DlpPreview> {
  const parsed = ZDlpPolicy.safeParse(options.input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", `The draft cannot be previewed: ${formatZodIssues(parsed.error, { paths: false })}`);
  const draft = await resolveDlpPolicyInput(db, parsed.data);
  const applicable = await findApplicablePolicies(db);
  const stored = options.id ? applicable.all.find((p) => p.id === options.id) : undefined;
  if (options.id && !stored) throw new AppError("NOT_FOUND", `There is no DLP policy with id ${options.id}; reload the list at /admin/dlp.`);

  const connectors = (await listDlpConnectors(db)).filter((c) =>
    draft.scope === "ENVIRONMENT" ? c.environmentId === draft.environmentId : !applicable.byEnvironment.has(c.environmentId),
  );
  const after = compileDlpPolicy(draft);
  const beforeCounts = emptyCounts(),
    afterCounts = emptyCounts();
  const moved: DlpPreview["moved"] = [];
  // Group connectors by the policy that decides them today, so each comparison is one previewPolicyChange.
  const byCurrent = new Map<string, typeof connectors>();
  const compiled = new Map<string, ReturnType<typeof compileDlpPolicy>>();
  const rulesOf = (key: string) => {
    const current = applicable.all.find((p) => p.id === key);
    return current ? toPolicyRules(current) : { patterns: [], overrides: [] };
  };
  for (const c of connectors) {
    const key = (stored ?? policyFor(applicable, c.environmentId))?.id ?? "";
    const list = byCurrent.get(key) ?? [];
    if (list.length === 0) byCurrent.set(key, list);
    list.push(c);
    let was = compiled.get(key);
    if (!was) compiled.set(key, (was = compileDlpPolicy(rulesOf(key))));
    beforeCounts[was.classify(c).group]++;
    afterCounts[after.classify(c).group]++;
  }
  const slugs = new Map(connectors.map((c) => [c.id, c.slug]));
  for (const [key, group] of byCurrent) {
    for (const m of previewPolicyChange(group, rulesOf(key), draft)) {
      moved.push({
        id: m.connector.id,
        slug: slugs.get(m.connector.id) ?? "",
        title: m.connector.name,
        host: m.connector.host,
        from: side(m.from),
        to: side(m.to),
      });
    }
  }
  moved.sort((a, b) => a.title.localeCompare(b.title));
  return {
    moved: moved.slice(0, options.limit ?? 200),
    total: moved.length,
    governed: connectors.length,
    before: beforeCounts,
    after: afterCounts,
    problems: validateDlpPolicy(draft),
    suspended: await listSuspendedByBlocking(
      db,
      moved.filter((m) => m.to.group === "BLOCKED" && m.from.group !== "BLOCKED").map((m) => ({ id: m.id, title: m.title })),
    ),
  };
}
