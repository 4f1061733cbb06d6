import { TableHead } from "@/components/table-head.tsx";

interface OperationRow {
  id: string;
  operationId: string;
  kind: string;
  triggerKind: string | null;
  triggerCardinality: string | null;
  method: string;
  path: string;
  summary: string;
  visibility: string | null;
  deprecated: boolean;
  parameters: unknown;
}

interface ParameterRow {
  name: string;
  in: string;
  required: boolean;
  visibility: string | null;
}

/** A connector's actions and triggers (webhook or polling, single or batch) with their parameters and visibility. */
export function OperationsTable({ operations }: { operations: OperationRow[] }) {
  if (operations.length === 0) return <p className="text-slate-600">This version defines no operations.</p>;
  // Scrolls on its own on a narrow screen, so the page itself never scrolls sideways.
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm" aria-label="Actions and triggers">
        <TableHead gap="pr-4" columns={["Operation", "Kind", "Request", "Parameters"]} />
        <tbody>
          {operations.map((op) => (
            <tr key={op.id} className="border-b align-top">
              <td className="py-2 pr-4">
                <div className="font-medium">{op.summary || op.operationId}</div>
                <code className="text-xs text-slate-500">{op.operationId}</code>
                {op.visibility ? <span className="ml-2 text-xs text-slate-500">{op.visibility}</span> : null}
                {op.deprecated ? <span className="ml-2 text-xs text-amber-700">deprecated</span> : null}
              </td>
              <td className="py-2 pr-4">
                {op.kind === "TRIGGER" ? `Trigger (${op.triggerKind?.toLowerCase()}, ${op.triggerCardinality?.toLowerCase()})` : "Action"}
              </td>
              <td className="py-2 pr-4 font-mono text-xs">
                {op.method} {op.path}
              </td>
              <td className="py-2 pr-4 text-xs">
                {(Array.isArray(op.parameters) ? (op.parameters as ParameterRow[]) : [])
                  .map((p) => `${p.name} (${p.in}${p.required ? ", required" : ""}${p.visibility ? `, ${p.visibility}` : ""})`)
                  .join("; ") || "none"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
