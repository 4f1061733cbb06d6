import type { SharingGate } from "@connector-hub/governance";

/** The computed gates: passed, failed (blocking) or flagged (not blocking), each with what to do. */
export function GatesList({ gates }: { gates: readonly SharingGate[] }) {
  return (
    <ul className="space-y-1 text-sm" aria-label="Gates">
      {gates.map((g) => {
        const state = g.passed ? "Passed" : g.blocking ? "Blocking" : "Flagged";
        const tone = g.passed ? "text-emerald-700" : g.blocking ? "text-red-700" : "text-amber-700";
        return (
          <li key={g.code} className="flex gap-2" data-testid="gate">
            <span className={`w-20 shrink-0 font-medium ${tone}`}>{state}</span>
            <span>{g.message}</span>
          </li>
        );
      })}
    </ul>
  );
}
