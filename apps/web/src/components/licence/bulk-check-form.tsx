"use client";

import { useState } from "react";

type Report = {
  connector: { title: string };
  summary: { total: number; canUse: number; canCreate: number; canShare: number };
  unknownUpns: string[];
  results: { userId: string; upn: string; displayName: string; canUse: { allowed: boolean; reason: string } }[];
};

/** Bulk check from a CSV of user principal names (one per line, or a column named upn). */
export function BulkCheckForm({ connectors }: { connectors: { slug: string; title: string }[] }) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
      const response = await fetch(`/api/v1/eligibility/bulk?connector=${encodeURIComponent(slug)}`, { method: "POST", headers: { "content-type": "text/csv" }, body: await file.text() });
      const answer = (await response.json().catch(() => ({}))) as Report & { error?: { message: string } };
      if (!response.ok) return setError(answer.error?.message ?? `The check failed (HTTP ${response.status}).`);
      setReport(answer);
    } finally {
      setBusy(false);
    }
  }

  const cannot = report?.results.filter((r) => !r.canUse.allowed) ?? [];
  return (
    <div className="space-y-3 text-sm">
      <form onSubmit={submit} aria-label="Bulk check" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col">
          Connector
          <select name="connector" className="rounded border border-slate-300 px-2 py-1">
            <option value="">Choose…</option>
            {connectors.map((c) => (
              <option key={c.slug} value={c.slug}>{c.title}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          CSV of user principal names
          <input name="csv" type="file" accept=".csv,text/csv,text/plain" />
        </label>
        <button disabled={busy} className="rounded bg-brand px-3 py-1.5 text-white disabled:opacity-50">{busy ? "Checking…" : "Check all"}</button>
      </form>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
      {report ? (
        <div role="status" className="space-y-2">
          <p>
            {report.summary.canUse} of {report.summary.total} can use {report.connector.title}; {report.summary.canCreate} may create connectors; {report.summary.canShare} may share.
          </p>
          {report.unknownUpns.length > 0 ? <p className="text-amber-700">Not found: {report.unknownUpns.join(", ")}</p> : null}
          {cannot.length > 0 ? (
            <ul className="list-disc pl-5">
              {cannot.slice(0, 200).map((r) => (
                <li key={r.userId}>{r.displayName} ({r.upn}): {r.canUse.reason}</li>
              ))}
              {cannot.length > 200 ? <li>… and {cannot.length - 200} more</li> : null}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
