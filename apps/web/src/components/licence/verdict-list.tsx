import type { EligibilityVerdict } from "@connector-hub/governance";

/** May use / create / share, each with the rule that decided and the plan that would change a refusal. */
export function VerdictList({ verdicts, planNames }: { verdicts: [string, EligibilityVerdict][]; planNames: Record<string, string> }) {
  return (
    <dl className="grid max-w-3xl grid-cols-[120px_1fr] gap-x-6 gap-y-3 text-sm">
      {verdicts.map(([what, v]) => (
        <div key={what} className="contents" data-testid={`verdict-${what.toLowerCase()}`}>
          <dt className="font-medium">{what}</dt>
          <dd>
            <span className={v.allowed ? "font-medium text-emerald-700" : "font-medium text-red-700"}>{v.allowed ? "Yes" : "No"}</span> — {v.reason}
            <span className="block text-xs text-slate-500" title={`Rule ${v.rule}`}>
              {v.decidedByPlan ? `Decided by ${planNames[v.decidedByPlan] ?? v.decidedByPlan}` : ""}
              {v.planThatWouldChangeIt ? `${v.decidedByPlan ? " · " : ""}${planNames[v.planThatWouldChangeIt] ?? v.planThatWouldChangeIt} would change it` : ""}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
