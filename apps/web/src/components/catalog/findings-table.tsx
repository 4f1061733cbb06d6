import type { Finding } from "@connector-hub/definitions";
import { TableHead } from "@/components/table-head.tsx";

const SEVERITY_TONE: Record<string, string> = { error: "text-red-700", warning: "text-amber-800", info: "text-slate-600" };
const SHOWN = 200;
/** Files of a connector package other than the definition: their findings have no line of the definition to show. */
const OTHER_PACKAGE_FILE = /(^|\/)(apiProperties\.json|icon\.png|script\.csx|settings\.json)$|\.zip$/i;
const isAboutDefinition = (f: Finding) => !f.file || !OTHER_PACKAGE_FILE.test(f.file);

/** Each finding with its rule code, JSON pointer, line and the offending source line, so the maker sees what to fix. */
export function FindingsTable({ findings, sourceText }: { findings: Finding[]; sourceText: string }) {
  if (findings.length === 0) return <p className="text-emerald-700">No findings: the platform should accept this definition.</p>;
  const lines = sourceText.split(/\r?\n/);
  return (
    <>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm" aria-label="Validation findings">
          <TableHead gap="pr-3" columns={["Severity", "Rule", "Where", "What to change"]} />
          <tbody>
            {findings.slice(0, SHOWN).map((f, i) => (
              <tr key={`${f.code}-${f.line}-${f.column}-${i}`} className="border-b align-top">
                <td className={`py-2 pr-3 font-medium ${SEVERITY_TONE[f.severity] ?? ""}`}>{f.severity}</td>
                <td className="py-2 pr-3">
                  <code className="text-xs">{f.code}</code>
                </td>
                <td className="py-2 pr-3 text-xs">
                  {isAboutDefinition(f) ? null : <div className="break-all">{f.file}</div>}
                  <div>
                    line {f.line}, column {f.column}
                  </div>
                  <code className="break-all text-slate-500">{f.path || "(document)"}</code>
                </td>
                <td className="py-2 pr-3">
                  <p>{f.message}</p>
                  {isAboutDefinition(f) && lines[f.line - 1] !== undefined ? (
                    <pre className="mt-1 overflow-x-auto rounded bg-slate-50 px-2 py-1 text-xs" aria-label={`Source line ${f.line}`}>
                      <span className="select-none text-slate-500">{String(f.line).padStart(4)} | </span>
                      {lines[f.line - 1]!.slice(0, 300)}
                    </pre>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {findings.length > SHOWN ? (
        <p className="mt-2 text-sm text-slate-600">
          {findings.length - SHOWN} more findings: download the definition and run `npx connector-hub validate` on it.
        </p>
      ) : null}
    </>
  );
}
