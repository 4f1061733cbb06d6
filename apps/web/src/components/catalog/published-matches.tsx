"use client";

/** A published connector that matches (POST /api/v1/validate's `published`, GET /api/v1/published-connectors/matches). */
export interface PublishedMatch {
  folder: string;
  url: string;
  kind: "certified" | "independent-publisher";
  title: string;
  publisher: string | null;
  host: string;
  operationCount: number;
  score: number;
  reasons: { code: string; message: string }[];
  sharedOperations: { operationId: string; method: string; path: string }[];
  sharedOperationCount: number;
}

export const KIND_LABEL: Record<PublishedMatch["kind"], string> = { certified: "Certified", "independent-publisher": "Independent publisher" };

/** The connectors Microsoft's repository publishes for the same API, with why each matches and what they share. */
export function PublishedMatches({ matches, label = "Published connectors" }: { matches: PublishedMatch[]; label?: string }) {
  return (
    <ul aria-label={label} className="space-y-2">
      {matches.map((m) => (
        <li key={m.folder} className="break-words rounded border border-amber-300 bg-amber-50 p-2">
          <p>
            <a href={m.url} target="_blank" rel="noopener noreferrer" className="font-medium">
              {m.title}
            </a>{" "}
            <span className="text-slate-700">
              ({KIND_LABEL[m.kind]}
              {m.publisher ? `, ${m.publisher}` : ""}, {m.host || "no host"})
            </span>
          </p>
          <ul className="list-disc pl-5 text-slate-700">
            {m.reasons.map((r) => (
              <li key={r.code}>{r.message}</li>
            ))}
          </ul>
          {m.sharedOperations.length > 0 ? (
            <details>
              <summary>
                {m.sharedOperationCount} shared operation{m.sharedOperationCount === 1 ? "" : "s"}
              </summary>
              <ul aria-label={`Operations shared with ${m.title}`} className="break-all pl-5 font-mono text-xs">
                {m.sharedOperations.map((o) => (
                  <li key={`${o.method} ${o.path}`}>
                    {o.method} {o.path} <span className="font-sans text-slate-600">({o.operationId})</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
