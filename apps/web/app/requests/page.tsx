import { AppError, listNotifications, listSharingRequests, SHARING_SLA_DAYS, ZSharingQueueQuery } from "@connector-hub/db";
import { ErrorAlert, fieldInput, SelectField } from "@/components/form-fields.tsx";
import Link from "next/link";
import { SCOPE_LABELS, label } from "@/components/labels.ts";
import { sharingActorOf } from "@/server/sharing-actor.ts";
import { STAGE_LABELS, STAGE_TONES } from "@/components/sharing/sharing-labels.ts";
import { SignedOutNotice } from "@/components/sharing/signed-out-notice.tsx";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";
import { formatZodIssues } from "@connector-hub/governance";
import { TableHead } from "@/components/table-head.tsx";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sharing requests" };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function RequestsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await getViewer();
  if (!viewer) return <SignedOutNotice returnTo="/requests" what="sharing requests" />;
  const raw = await searchParams;
  const queue = first(raw.queue) ?? (viewer.isAdmin ? "review" : "mine");
  const params = { queue, stage: first(raw.stage) ?? "", scope: first(raw.scope) ?? "", q: first(raw.q) ?? "", overdue: first(raw.overdue) || undefined };
  const parsed = ZSharingQueueQuery.safeParse(params);
  let error: string | null = parsed.success ? null : formatZodIssues(parsed.error, { paths: false });
  let items: Awaited<ReturnType<typeof listSharingRequests>> = [];
  if (parsed.success) {
    try {
      items = await listSharingRequests(db(), parsed.data, sharingActorOf(viewer));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      error = e.message;
    }
  }
  const notifications = await listNotifications(db(), { userId: viewer.userId, limit: 5 });
  const tab = (value: string, text: string) => (
    <Link
      href={`/requests?queue=${value}`}
      aria-current={queue === value ? "page" : undefined}
      className={`rounded px-3 py-1.5 text-sm ${queue === value ? "bg-brand text-white" : "border border-slate-300 text-slate-700"}`}
    >
      {text}
    </Link>
  );
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">
        {queue === "review" ? "Sharing requests to review" : queue === "all" ? "All sharing requests" : "My sharing requests"}
      </h1>
      {notifications.length > 0 ? (
        <section aria-label="Notifications" className="rounded border border-slate-200 bg-white p-3 text-sm">
          <h2 className="mb-1 font-medium">Latest notifications</h2>
          <ul className="space-y-1">
            {notifications.map((n) => (
              <li key={n.id} data-testid="notification">
                {n.link ? <Link href={n.link}>{n.message}</Link> : n.message}{" "}
                <span className="text-xs text-slate-500">{n.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav aria-label="Queues" className="flex gap-2">
        {tab("mine", "My requests")}
        {viewer.isAdmin ? tab("review", "To review") : null}
        {viewer.isAdmin ? tab("all", "All") : null}
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filters">
        <input type="hidden" name="queue" value={queue} />
        <label className="flex flex-col">
          Connector
          <input name="q" defaultValue={params.q} className={fieldInput} />
        </label>
        <SelectField label="Stage" name="stage" defaultValue={params.stage} emptyOption="Any" options={Object.entries(STAGE_LABELS)} />
        <SelectField
          label="Scope"
          name="scope"
          defaultValue={params.scope}
          emptyOption="Any"
          options={["USERS", "ORGANIZATION", "PUBLIC"].map((s) => [s, label(SCOPE_LABELS, s)] as const)}
        />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="overdue" value="true" defaultChecked={params.overdue === "true"} /> Overdue only (older than {SHARING_SLA_DAYS} days)
        </label>
        <button className="rounded border border-slate-300 px-3 py-1">Filter</button>
      </form>
      <ErrorAlert message={error} />
      {items.length === 0 && !error ? <p className="text-slate-600">No sharing requests here.</p> : null}
      {items.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <TableHead gap="pr-4" columns={["Connector", "Requested by", "Share with", "Stage", "Age", "SLA", "Risk"]} />
            <tbody>
              {items.map((r) => (
                <tr key={r.id} className="border-b" data-testid="sharing-request-row">
                  <td className="py-2 pr-4">
                    <Link href={`/requests/${r.id}`}>{r.connector.title}</Link>
                  </td>
                  <td className="py-2 pr-4">
                    {r.requester.displayName}
                    {r.isOwn ? " (you)" : ""}
                  </td>
                  <td className="py-2 pr-4">{label(SCOPE_LABELS, r.targetScope)}</td>
                  <td className="py-2 pr-4">
                    <span className={`rounded px-2 py-0.5 text-xs ${STAGE_TONES[r.stage] ?? "bg-sky-100 text-sky-800"}`}>
                      {STAGE_LABELS[r.stage] ?? r.stage}
                    </span>
                  </td>
                  <td className="py-2 pr-4">{r.ageDays === 0 ? "today" : `${r.ageDays} day${r.ageDays === 1 ? "" : "s"}`}</td>
                  <td className={`py-2 pr-4 ${r.isOverdue ? "font-medium text-red-700" : ""}`}>
                    {r.dueAt ? (r.isOverdue ? "Overdue" : `Due ${r.dueAt.slice(0, 10)}`) : "Decided"}
                  </td>
                  <td className="py-2 pr-4">{r.riskScore ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
