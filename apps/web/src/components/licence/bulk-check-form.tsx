"use client";

import { ErrorAlert, SelectField } from "@/components/form-fields.tsx";
import { useState } from "react";
import { TableHead } from "@/components/table-head.tsx";

type Verdict = { allowed: boolean; reason: string } | null;
type Row = { line: number; upn: string; displayName: string | null; outcome: string; reason: string; canUse: Verdict; canCreate: Verdict; canShare: Verdict };
type Report = {
  connector: { slug: string; title: string };
  summary: { total: number; canUse: number; canCreate: number; canShare: number };
  rows: Row[];
  rejectedRows: { line: number }[];
};

const OUTCOME_STYLE: Record<string, string> = { eligible: "text-emerald-700", "not eligible": "text-red-700" };

function YesNo({ v }: { v: Verdict }) {
  if (v === null) return <span className="text-slate-400">–</span>;
  return <span className={v.allowed ? "text-emerald-700" : "text-red-700"}>{v.allowed ? "Yes" : "No"}</span>;
}

/** Bulk check from a CSV of user principal names (one per line, or a column named upn): one row per line, exportable. */
export function BulkCheckForm({ connectors }: { connectors: { slug: string; title: string }[] }) {
  const [report, setReport] = useState<Report | null>(null);
  const [sent, setSent] = useState<{ slug: string; csv: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const post = (slug: string, csv: string, format = "") =>
    fetch(`/api/v1/eligibility/bulk?connector=${encodeURIComponent(slug)}${format ? `&format=${format}` : ""}`, {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: csv,
    });

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("csv");
    const slug = String(form.get("connector") ?? "");
    setError(null);
    setReport(null);
    if (!slug) return setError("Choose the connector to check against.");
    if (!(file instanceof File) || file.size === 0) return setError("Choose a CSV file of user principal names.");
    setBusy(true);
    try {
      const csv = await file.text();
      const response = await post(slug, csv);
      const answer = (await response.json().catch(() => ({}))) as Report & { error?: { message: string } };
      if (!response.ok) return setError(answer.error?.message ?? `The check failed (HTTP ${response.status}).`);
      setSent({ slug, csv });
      setReport(answer);
    } finally {
      setBusy(false);
    }
  }

  async function exportCsv() {
    if (!sent) return;
    const response = await post(sent.slug, sent.csv, "csv");
    if (!response.ok) return setError(`The export failed (HTTP ${response.status}); check again and retry.`);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = `eligibility-${sent.slug}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  const unreadable = report?.rows.filter((r) => r.outcome === "unreadable").length ?? 0;
  const unknown = report?.rows.filter((r) => r.outcome === "unknown user").length ?? 0;
  return (
    <div className="space-y-3 text-sm">
      <form onSubmit={submit} aria-label="Bulk check" className="flex flex-wrap items-end gap-3">
        <SelectField label="Connector" name="connector" emptyOption="Choose…" options={connectors.map((c) => [c.slug, c.title] as const)} />
        <label className="flex flex-col">
          CSV of user principal names
          <input name="csv" type="file" accept=".csv,text/csv,text/plain" />
        </label>
        <button disabled={busy} className="rounded bg-brand px-3 py-1.5 text-white disabled:opacity-50">
          {busy ? "Checking…" : "Check all"}
        </button>
      </form>
      <ErrorAlert message={error} />
      {report ? (
        <div className="space-y-2">
          <div role="status" className="flex flex-wrap items-center gap-3">
            <p>
              {report.summary.canUse} of {report.summary.total} {report.summary.total === 1 ? "person" : "people"} found can use {report.connector.title};{" "}
              {report.summary.canCreate} may create connectors; {report.summary.canShare} may share.
              {unknown > 0 ? ` ${unknown} not found.` : ""}
              {unreadable > 0 ? ` ${unreadable} ${unreadable === 1 ? "line" : "lines"} could not be read.` : ""}
            </p>
            <button type="button" onClick={exportCsv} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
              Export CSV
            </button>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm" aria-label="Bulk check results">
              <TableHead gap="pr-3" columns={["Line", "Person", "Outcome", "Reason", "Use", "Create", "Share"]} />
              <tbody>
                {report.rows.slice(0, 1000).map((r) => (
                  <tr key={r.line} className="border-b align-top" data-testid="bulk-row">
                    <td className="py-2 pr-3 tabular-nums">{r.line}</td>
                    <td className="py-2 pr-3 break-all">
                      {r.displayName ?? <span className="font-mono text-xs">{r.upn}</span>}
                      {r.displayName ? <span className="block text-xs text-slate-500">{r.upn}</span> : null}
                    </td>
                    <td className={`py-2 pr-3 font-medium ${OUTCOME_STYLE[r.outcome] ?? "text-amber-800"}`}>{r.outcome}</td>
                    <td className="py-2 pr-3 text-slate-700">{r.reason}</td>
                    <td className="py-2 pr-3">
                      <YesNo v={r.canUse} />
                    </td>
                    <td className="py-2 pr-3" title={r.canCreate?.reason}>
                      <YesNo v={r.canCreate} />
                    </td>
                    <td className="py-2 pr-3" title={r.canShare?.reason}>
                      <YesNo v={r.canShare} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {report.rows.length > 1000 ? (
              <p className="text-slate-600">The first 1,000 of {report.rows.length} lines are shown; Export CSV has them all.</p>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
