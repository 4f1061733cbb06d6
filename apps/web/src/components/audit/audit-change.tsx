import { describeAuditChange } from "./describe-audit-change.ts";

/** An event's before and after as readable lines: "Stage: Submitted → Maker checks". */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const lines = describeAuditChange(before, after);
  if (lines.length === 0) return <span className="text-slate-500">no details</span>;
  return (
    <ul className="space-y-0.5">
      {lines.map((l) => (
        <li key={l.field} className="break-words">
          <span className="text-slate-500">{l.field}:</span>{" "}
          {l.before !== null && l.after !== null ? (
            <>
              <del className="text-slate-500">{l.before}</del> → <ins className="no-underline">{l.after}</ins>
            </>
          ) : l.after !== null ? (
            <span>{l.after}</span>
          ) : (
            <span>
              <del className="text-slate-500">{l.before}</del> (removed)
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
