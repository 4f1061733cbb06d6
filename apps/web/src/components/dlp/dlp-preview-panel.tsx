import Link from "next/link";
import { TableHead } from "@/components/table-head.tsx";
import { DLP_GROUP_LABELS } from "./dlp-labels.ts";
import type { DlpGroupKey, DlpPreviewResult } from "./dlp-types.ts";

const GROUPS: DlpGroupKey[] = ["BUSINESS", "NON_BUSINESS", "BLOCKED", "IGNORE"];

/** The "what if" result: who moves group, and the totals per group before and after. */
export function DlpPreviewPanel({ preview }: { preview: DlpPreviewResult }) {
  return (
    <section aria-labelledby="preview-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="preview-heading" className="font-semibold">
        {preview.total === 0 ? "No connector would change group" : `${preview.total} connector${preview.total === 1 ? "" : "s"} would change group`}
        <span className="font-normal text-slate-600"> (of {preview.governed} governed by this policy)</span>
      </h2>
      {preview.problems.length ? (
        <div role="alert" className="text-sm text-red-700">
          <p className="font-medium">Fix these before saving:</p>
          <ul className="list-disc pl-5">
            {preview.problems.map((p) => (
              <li key={`${p.path}-${p.code}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-sm text-slate-700">
        {GROUPS.filter((g) => preview.before[g] || preview.after[g])
          .map((g) => `${DLP_GROUP_LABELS[g]}: ${preview.before[g]} → ${preview.after[g]}`)
          .join(" · ")}
      </p>
      {preview.moved.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Connectors that would change group</caption>
            <TableHead dense gap="pr-4" columns={["Connector", "From", "To", "Decided by"]} />
            <tbody>
              {preview.moved.map((m) => (
                <tr key={m.id} className="border-b">
                  <td className="py-1 pr-4">
                    <Link href={`/connectors/${m.slug}`} className="underline">
                      {m.title}
                    </Link>{" "}
                    <span className="text-slate-500">{m.host}</span>
                  </td>
                  <td className="py-1 pr-4">{DLP_GROUP_LABELS[m.from.group]}</td>
                  <td className="py-1 pr-4">{DLP_GROUP_LABELS[m.to.group]}</td>
                  <td className="py-1 font-mono text-xs">{m.to.rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.total > preview.moved.length ? <p className="text-sm text-slate-600">Showing the first {preview.moved.length}.</p> : null}
      {preview.suspended.apps + preview.suspended.flows + preview.suspended.agents > 0 ? (
        <div className="space-y-1 text-sm" data-testid="dlp-suspended">
          <p className="font-medium text-red-800">
            Would suspend {preview.suspended.flows} flow{preview.suspended.flows === 1 ? "" : "s"} and {preview.suspended.apps} app
            {preview.suspended.apps === 1 ? "" : "s"} that use a connector it blocks
            {preview.suspended.agents > 0
              ? `, and block the tools of ${preview.suspended.agents} Copilot Studio agent${preview.suspended.agents === 1 ? "" : "s"} that use one`
              : ""}
            :
          </p>
          <ul className="list-disc pl-5">
            {preview.suspended.items.map((i) => (
              <li key={`${i.kind}-${i.environmentDisplayName}-${i.displayName}`}>
                {i.kind === "FLOW" ? "Flow" : i.kind === "APP" ? "App" : "Agent"} {i.displayName} ({i.environmentDisplayName}) — {i.owner}, uses {i.connector}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
