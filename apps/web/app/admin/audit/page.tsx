import {
  actorNameOf,
  AppError,
  describeAuditEvents,
  listAuditEvents,
  listConnectorTitles,
  listPeople,
  ZAuditQuery,
  type DescribedAuditEvent,
} from "@connector-hub/db";
import { adminPage } from "@/server/admin-page.tsx";
import { TableHead } from "@/components/table-head.tsx";
import Link from "next/link";
import { ErrorAlert, fieldInput, SelectField } from "@/components/form-fields.tsx";
import { AuditChange } from "@/components/audit/audit-change.tsx";
import { AUDIT_ACTION_GROUPS, auditActionWords } from "@/components/audit/audit-labels.ts";
import { db } from "@/server/db.ts";
import { formatZodIssues } from "@connector-hub/governance";

export const dynamic = "force-dynamic";
export const metadata = { title: "Audit log" };

type Search = Record<string, string | string[] | undefined>;
const FILTERS = ["connector", "entityType", "entityId", "action", "actor", "from", "to"] as const;
const ENTITY_TYPES = ["Connector", "ConnectorVersion", "Share", "SharingRequest", "LicencePlan", "LicenceAssignment", "DlpPolicy"];

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const gate = await adminPage("/admin/audit", { signedOut: "the audit log", adminsOnly: "The audit log" });
  if (!gate.viewer) return gate.refusal;
  const raw = await searchParams;
  const filters: Record<string, string> = {};
  for (const key of [...FILTERS, "before"] as const) {
    const v = raw[key];
    const value = Array.isArray(v) ? v[0] : v;
    if (value) filters[key] = value;
  }
  let page: { events: DescribedAuditEvent[]; nextBefore: string | null } = { events: [], nextBefore: null };
  let error: string | null = null;
  const parsed = ZAuditQuery.safeParse(filters);
  if (!parsed.success) error = formatZodIssues(parsed.error, { paths: false });
  else {
    try {
      const listed = await listAuditEvents(db(), filters);
      page = { events: await describeAuditEvents(db(), listed.events), nextBefore: listed.nextBefore };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      error = e.message;
    }
  }
  const { before: _before, ...exportFilters } = filters;
  const [people, connectors] = await Promise.all([listPeople(db()), listConnectorTitles(db())]);
  const exportHref = `/api/v1/audit/export?${new URLSearchParams(exportFilters).toString()}`;
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <form method="get" aria-label="Audit filters" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          Connector
          <input name="connector" list="audit-connectors" defaultValue={filters.connector} placeholder="title or address" className={fieldInput} />
          <datalist id="audit-connectors">
            {connectors.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.title}
              </option>
            ))}
          </datalist>
        </label>
        <SelectField
          label="Person"
          name="actor"
          wide
          defaultValue={filters.actor ?? ""}
          emptyOption="Anyone"
          options={people.map((p) => [p.id, `${p.displayName} (${p.upn})`] as const)}
        />
        <SelectField label="Action" name="action" wide defaultValue={filters.action ?? ""} emptyOption="Any action" options={AUDIT_ACTION_GROUPS} />
        <SelectField
          label="What"
          name="entityType"
          defaultValue={filters.entityType ?? ""}
          emptyOption="Everything"
          options={ENTITY_TYPES.map((t) => [t, t.replace(/([a-z])([A-Z])/g, "$1 $2")] as const)}
        />
        {filters.entityId ? <input type="hidden" name="entityId" value={filters.entityId} /> : null}
        <label className="flex flex-col">
          From
          <input name="from" type="date" defaultValue={filters.from} className={fieldInput} />
        </label>
        <label className="flex flex-col">
          To
          <input name="to" type="date" defaultValue={filters.to} className={fieldInput} />
        </label>
        <button className="rounded bg-brand px-3 py-1.5 text-white">Filter</button>
        <a href={exportHref} className="rounded border border-slate-300 px-3 py-1.5 no-underline">
          Export CSV
        </a>
      </form>
      <ErrorAlert message={error} />
      <div className="overflow-x-auto">
        <table className="w-full min-w-[720px] table-fixed border-collapse bg-white text-xs" aria-label="Audit events">
          <TableHead
            gap="pr-3"
            columns={[
              { label: "When (UTC)", className: "w-36" },
              { label: "Who", className: "w-40" },
              { label: "Did what", className: "w-48" },
              { label: "To what", className: "w-56" },
              "Change",
            ]}
          />
          <tbody>
            {page.events.map((e) => (
              <tr key={e.id} className="border-b align-top" data-testid="audit-row">
                <td className="py-1 pr-3">
                  <time dateTime={e.at}>{e.at.replace("T", " ").slice(0, 16)}</time>
                </td>
                <td className="py-1 pr-3 break-words">
                  {e.actor ? (
                    <span title={e.actor.upn} data-testid="audit-actor">
                      {e.actor.displayName}
                    </span>
                  ) : (
                    <span title={e.actorLabel} data-testid="audit-actor">
                      {actorNameOf(e.actorLabel)}
                    </span>
                  )}
                </td>
                <td className="py-1 pr-3" title={e.action}>
                  {auditActionWords(e.action)}
                </td>
                <td className="py-1 pr-3 break-words">{e.entity.href ? <Link href={e.entity.href}>{e.entity.label}</Link> : e.entity.label}</td>
                <td className="py-1 pr-3">
                  <AuditChange before={e.before} after={e.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.events.length === 0 && !error ? <p className="text-slate-600">No events match these filters.</p> : null}
      {page.nextBefore ? (
        <Link href={`/admin/audit?${new URLSearchParams({ ...exportFilters, before: page.nextBefore }).toString()}`}>Older events</Link>
      ) : null}
    </section>
  );
}
