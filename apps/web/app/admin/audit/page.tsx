import { AppError, listAuditEvents, ZAuditQuery } from "@connector-hub/db";
import Link from "next/link";
import { SignedOutNotice } from "@/components/sharing/signed-out-notice.tsx";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Audit log" };

type Search = Record<string, string | string[] | undefined>;
const FILTERS = ["entityType", "entityId", "action", "actor", "from", "to"] as const;
const ENTITY_TYPES = ["Connector", "ConnectorVersion", "Share", "SharingRequest", "LicencePlan", "LicenceAssignment", "DlpPolicy"];
const input = "rounded border border-slate-300 px-2 py-1";
const show = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await getViewer();
  if (!viewer) return <SignedOutNotice returnTo="/admin/audit" what="the audit log" />;
  if (!viewer.isAdmin) return <p role="alert" className="text-red-700">Only administrators (app role Hub.Admin) can read the audit log.</p>;
  const raw = await searchParams;
  const filters: Record<string, string> = {};
  for (const key of [...FILTERS, "before"] as const) {
    const v = raw[key];
    const value = Array.isArray(v) ? v[0] : v;
    if (value) filters[key] = value;
  }
  let page: Awaited<ReturnType<typeof listAuditEvents>> = { events: [], nextBefore: null };
  let error: string | null = null;
  const parsed = ZAuditQuery.safeParse(filters);
  if (!parsed.success) error = parsed.error.issues.map((i) => i.message).join(" ");
  else {
    try {
      page = await listAuditEvents(db(), filters);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      error = e.message;
    }
  }
  const { before: _before, ...exportFilters } = filters;
  const exportHref = `/api/v1/audit/export?${new URLSearchParams(exportFilters).toString()}`;
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <form method="get" aria-label="Audit filters" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          What
          <select name="entityType" defaultValue={filters.entityType ?? ""} className={input}>
            <option value="">Everything</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          Id
          <input name="entityId" defaultValue={filters.entityId} className={input} />
        </label>
        <label className="flex flex-col">
          Action starts with
          <input name="action" defaultValue={filters.action} placeholder="sharing_request." className={input} />
        </label>
        <label className="flex flex-col">
          Who
          <input name="actor" defaultValue={filters.actor} placeholder="name or id" className={input} />
        </label>
        <label className="flex flex-col">
          From
          <input name="from" type="date" defaultValue={filters.from} className={input} />
        </label>
        <label className="flex flex-col">
          To
          <input name="to" type="date" defaultValue={filters.to} className={input} />
        </label>
        <button className="rounded bg-brand px-3 py-1.5 text-white">Filter</button>
        <a href={exportHref} className="rounded border border-slate-300 px-3 py-1.5 no-underline">Export CSV</a>
      </form>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
      <table className="w-full border-collapse bg-white text-xs">
        <thead>
          <tr className="border-b text-left text-slate-500">
            <th className="py-2 pr-3">When (UTC)</th>
            <th className="py-2 pr-3">Who</th>
            <th className="py-2 pr-3">Action</th>
            <th className="py-2 pr-3">What</th>
            <th className="py-2 pr-3">Before</th>
            <th className="py-2 pr-3">After</th>
          </tr>
        </thead>
        <tbody>
          {page.events.map((e) => (
            <tr key={e.id} className="border-b align-top" data-testid="audit-row">
              <td className="py-1 pr-3 whitespace-nowrap">{e.at.replace("T", " ").slice(0, 19)}</td>
              <td className="py-1 pr-3">{e.actorLabel}</td>
              <td className="py-1 pr-3 font-mono">{e.action}</td>
              <td className="py-1 pr-3">{e.entityType} <span className="font-mono text-slate-500">{e.entityId}</span></td>
              <td className="max-w-xs py-1 pr-3 font-mono break-all">{show(e.before)}</td>
              <td className="max-w-xs py-1 pr-3 font-mono break-all">{show(e.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.events.length === 0 && !error ? <p className="text-slate-600">No events match these filters.</p> : null}
      {page.nextBefore ? (
        <Link href={`/admin/audit?${new URLSearchParams({ ...exportFilters, before: page.nextBefore }).toString()}`}>Older events</Link>
      ) : null}
    </section>
  );
}
