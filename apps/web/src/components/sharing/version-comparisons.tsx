import type { TChange } from "@connector-hub/definitions";

export interface ComparisonView {
  title: string;
  fromNumber: number;
  toNumber: number;
  breakingCount: number;
  changes: TChange[];
}

/** The breaking changes a reviewer must weigh before deciding a request pinned to one version. */
export function VersionComparisons({ comparisons }: { comparisons: ComparisonView[] }) {
  return (
    <section aria-labelledby="version-changes" className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4">
      <h2 id="version-changes" className="text-lg font-semibold">
        Changes between versions
      </h2>
      {comparisons.map((c) => (
        <div key={`${c.fromNumber}-${c.toNumber}`} data-testid="version-comparison" className="space-y-1 text-sm">
          <h3 className="font-medium">
            {c.title}: {c.breakingCount} breaking change{c.breakingCount === 1 ? "" : "s"}
          </h3>
          {c.changes.length === 0 ? (
            <p className="text-slate-600">Nothing that flows or apps would notice.</p>
          ) : (
            <ul className="space-y-1">
              {c.changes.map((change, i) => (
                <li key={`${change.code}-${i}`}>
                  <span className={change.kind === "breaking" ? "font-medium text-red-700" : "text-slate-600"}>
                    {change.kind === "breaking" ? "Breaking" : "Non-breaking"}
                  </span>{" "}
                  {change.operationId ? <code className="text-xs">{change.operationId}</code> : null}: {change.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
