import type { TChange } from "@connector-hub/definitions";

export interface VersionRow {
  number: number;
  sourceFormat: string;
  fileName: string | null;
  createdAt: Date;
  errorCount: number;
  warningCount: number;
  breakingCount: number;
  createdBy: { displayName: string };
  breakingChanges: unknown;
}

const FORMAT_LABELS: Record<string, string> = {
  OPENAPI_JSON: "OpenAPI JSON",
  OPENAPI_YAML: "OpenAPI YAML",
  POSTMAN: "Postman collection",
  PACONN: "paconn zip",
  FORM: "Built with the form",
};

function changesOf(value: unknown): TChange[] {
  const changes = (value as { changes?: unknown } | null)?.changes;
  return Array.isArray(changes) ? (changes as TChange[]) : [];
}

/** Every version, newest first, with what changed against the one before it (breaking changes first). */
export function VersionHistory({ slug, versions }: { slug: string; versions: VersionRow[] }) {
  return (
    <ol className="space-y-3" aria-label="Versions">
      {versions.map((v) => {
        const changes = changesOf(v.breakingChanges);
        return (
          <li key={v.number} className="rounded border border-slate-200 bg-white p-3 text-sm">
            <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
              <h3 className="font-semibold">Version {v.number}</h3>
              <span className="text-slate-600">
                {FORMAT_LABELS[v.sourceFormat] ?? v.sourceFormat}
                {v.fileName ? ` · ${v.fileName}` : ""}
              </span>
              <span className="text-slate-600">
                {v.createdBy.displayName} · {v.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
              </span>
              <span className={v.errorCount ? "text-red-700" : "text-slate-600"}>
                {v.errorCount} errors · {v.warningCount} warnings
              </span>
              <a href={`/api/v1/connectors/${slug}/definition?version=${v.number}`}>Download v{v.number}</a>
            </div>
            {v.number > 1 ? (
              <details className="mt-2" open={v.breakingCount > 0}>
                <summary className={v.breakingCount ? "cursor-pointer font-medium text-red-700" : "cursor-pointer text-slate-700"}>
                  Changes from version {v.number - 1}: {v.breakingCount} breaking, {changes.length - v.breakingCount} non-breaking
                </summary>
                {changes.length ? (
                  <ul className="mt-2 space-y-1">
                    {changes.map((c, i) => (
                      <li key={`${c.code}-${i}`}>
                        <span className={c.kind === "breaking" ? "font-medium text-red-700" : "text-slate-600"}>
                          {c.kind === "breaking" ? "Breaking" : "Non-breaking"}
                        </span>{" "}
                        <code className="text-xs">{c.code}</code> {c.operationId ? <code className="text-xs">{c.operationId}</code> : null}: {c.message}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-1 text-slate-600">Nothing that flows or apps would notice.</p>
                )}
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
