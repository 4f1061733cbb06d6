import type { Metadata } from "next";
import { adminPage } from "@/server/admin-page.tsx";
import Link from "next/link";
import {
  actorNameOf,
  describeAuditEvents,
  listActivePeople,
  listInventorySyncRuns,
  listUncataloguedConnectors,
  OWNER_ROLES,
  readGovernanceDashboard,
  type Bucket,
} from "@connector-hub/db";
import { AdoptConnectorForm } from "@/components/inventory/adopt-connector-form.tsx";
import { InventorySyncStatus } from "@/components/inventory/inventory-sync-status.tsx";
import { toSyncRun } from "@/server/inventory/schemas.ts";
import { ChartSection, type ChartRow } from "@/components/dashboard/chart-section.tsx";
import { DataTable } from "@/components/dashboard/data-table.tsx";
import { auditActionWords } from "@/components/audit/audit-labels.ts";
import { DLP_GROUP_COLORS, DLP_GROUP_LABELS } from "@/components/dlp/dlp-labels.ts";
import { STAGE_LABELS } from "@/components/sharing/sharing-labels.ts";
import { AUTH_LABELS, HOSTING_LABELS, label, LIFECYCLE_LABELS, SCOPE_LABELS } from "@/components/labels.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Governance" };

/** "1 connector has", "2 connectors have": the number with the words that agree with it. */
const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const chart = (buckets: Bucket[], labels: Record<string, string>, colors?: Record<string, string>): ChartRow[] =>
  buckets.map((b) => ({ label: label(labels, b.key), value: b.count, ...(colors?.[b.key] ? { color: colors[b.key] } : {}) }));

export default async function GovernancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const gate = await adminPage("/governance", { signedOut: "the governance dashboard", adminsOnly: "The governance dashboard" });
  if (!gate.viewer) return gate.refusal;
  const fresh = (await searchParams).refresh === "1";
  const snapshot = await readGovernanceDashboard(db(), { fresh });
  const d = snapshot.dashboard;
  const latest = await describeAuditEvents(
    db(),
    d.audit.latest.map((e, i) => ({ ...e, id: String(i), actorId: null, before: null, after: null, requestId: null })),
  );
  // Read live, not from the snapshot: an adopted connector leaves the list at once.
  const [uncatalogued, owners, syncRuns] = await Promise.all([
    listUncataloguedConnectors(db()),
    listActivePeople(db(), { roles: OWNER_ROLES }),
    listInventorySyncRuns(db()),
  ]);
  const ownerOptions = owners.map((o) => ({ id: o.id, label: `${o.displayName} (${o.upn})` }));
  // The lists under "Needs attention", the not-catalogued connectors among them.
  const attentionTotal = d.attention.reduce((s, a) => s + a.total, 0) + uncatalogued.total;
  const tiles: [string, string][] = [
    ["Custom connectors", String(d.connectors.total)],
    ["With validation errors", String(d.validation.withErrors)],
    ["Open sharing requests", String(d.sharing.open)],
    ["Median time to decision", d.sharing.medianHoursToDecision === null ? "no decisions yet" : `${d.sharing.medianHoursToDecision} h`],
    ["Need attention", String(attentionTotal)],
    // Snapshots computed before issue 24 have no MCP numbers: they show once the snapshot is recomputed.
    ...(d.mcp
      ? ([
          ["MCP connectors", `${d.mcp.connectors} (${d.mcp.discovered} discovered)`],
          ["MCP tools", String(d.mcp.tools)],
          ["MCP tools not agent-ready", String(d.mcp.notAgentReady)],
        ] as [string, string][])
      : []),
    // Snapshots computed before issue 23 lack it until their next refresh.
    ...(d.publishedDuplicates ? ([["Duplicate a published connector", String(d.publishedDuplicates.connectors)]] as [string, string][]) : []),
    // Issue 21: how long Microsoft's certification takes, from the states recorded on connectors.
    ...(d.certification
      ? ([
          ["Certification in progress", `${d.certification.inProgress} (${d.certification.merged} merged)`],
          ["Median days to certification", d.certification.medianDaysToMerge === null ? "none merged yet" : `${d.certification.medianDaysToMerge} days`],
        ] as [string, string][])
      : []),
  ];
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Governance</h1>
          <p className="text-slate-600">What the organization has, what is risky, and where each connector may be used.</p>
        </div>
        <Link href="/admin/dlp" className="text-blue-700 underline">
          DLP policies
        </Link>
      </header>
      <p className="text-sm text-slate-600" data-testid="figures-as-of">
        Figures as of {snapshot.computedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
        {snapshot.isStale ? " (being refreshed in the background)" : ""}.{" "}
        <Link href="/governance?refresh=1" className="text-blue-700 underline">
          Recompute now
        </Link>
      </p>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {tiles.map(([term, value]) => (
          <div key={term} className="rounded border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-500">{term}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>

      <InventorySyncStatus initial={syncRuns.map(toSyncRun)} />

      <section aria-labelledby="attention" className="space-y-3">
        <h2 id="attention" className="text-lg font-semibold">
          Needs attention
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {d.attention.map((a) => (
            <DataTable
              key={a.kind}
              title={`${a.label} (${a.total})`}
              columns={["Connector", "Owner", "Why"]}
              fileName={`attention-${a.kind}`}
              empty="None."
              note={a.total > a.items.length ? `Showing the first ${a.items.length} of ${a.total}.` : undefined}
              rows={a.items.map((i) => ({
                key: i.slug,
                cells: [i.title, i.owner, i.detail],
                render: [
                  <Link key="c" href={`/connectors/${i.slug}`} className="text-blue-700 underline">
                    {i.title}
                  </Link>,
                  i.owner,
                  i.detail,
                ],
              }))}
            />
          ))}
        </div>
        {/* Issue 20: custom connectors found in environments that no catalog connector stands for. */}
        <DataTable
          title={`Not catalogued (${uncatalogued.total})`}
          columns={["Environment", "Connector", "Host", "Created by", "Used by", "Adopt"]}
          fileName="attention-not-catalogued"
          empty="None: every custom connector found in the environments is in the catalog."
          note={`Custom connectors found in the environments but not in the catalog. Adopting one imports its definition as a private draft of the owner you choose.${
            uncatalogued.total > uncatalogued.items.length ? ` Showing the first ${uncatalogued.items.length} of ${uncatalogued.total}.` : ""
          }`}
          rows={uncatalogued.items.map((c) => {
            const usedBy = `${countOf(c.flows, "flow", "flows")}, ${countOf(c.apps, "app", "apps")}, ${countOf(c.agents, "agent", "agents")}`;
            const where = `${c.displayName} in ${c.environmentDisplayName}`;
            return {
              key: c.id,
              cells: [
                c.environmentDisplayName,
                c.displayName,
                c.host ?? "",
                c.createdByName ?? "",
                usedBy,
                c.hasDefinition ? "Can be adopted" : "No stored definition",
              ],
              render: [
                c.environmentDisplayName,
                c.displayName,
                c.host ?? "–",
                c.createdByName ?? "Unknown",
                usedBy,
                c.hasDefinition ? (
                  <AdoptConnectorForm key="adopt" id={c.id} name={where} owners={ownerOptions} />
                ) : (
                  <span key="adopt" className="text-slate-600">
                    No stored definition: run the inventory sync again, or import the file in the import wizard.
                  </span>
                ),
              ],
            };
          })}
        />
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <ChartSection
          title="By DLP group"
          columns={["DLP group", "Connectors"]}
          rows={chart(d.byDlpGroup, DLP_GROUP_LABELS, DLP_GROUP_COLORS)}
          fileName="dlp-groups"
        />
        <ChartSection
          title="By authentication"
          columns={["Authentication", "Connectors"]}
          rows={chart(d.connectors.byAuth, AUTH_LABELS)}
          fileName="authentication"
        />
        <ChartSection title="By hosting" columns={["Hosting", "Connectors"]} rows={chart(d.connectors.byHosting, HOSTING_LABELS)} fileName="hosting" />
        <ChartSection title="By sharing scope" columns={["Sharing scope", "Connectors"]} rows={chart(d.connectors.byScope, SCOPE_LABELS)} fileName="scope" />
        <ChartSection
          title="By lifecycle"
          columns={["Lifecycle", "Connectors"]}
          rows={chart(d.connectors.byLifecycle, LIFECYCLE_LABELS)}
          fileName="lifecycle"
        />
        <ChartSection
          title="New connectors per week"
          columns={["Week of", "New connectors"]}
          rows={d.newPerWeek.map((w) => ({ label: w.week, value: w.count }))}
          kind="line"
          fileName="new-per-week"
        />
        <ChartSection
          title="Sharing requests by stage"
          columns={["Stage", "Requests"]}
          rows={chart(d.sharing.byStage, STAGE_LABELS)}
          fileName="requests-by-stage"
        />
        <ChartSection
          title="Median hours in each review stage"
          columns={["Stage", "Median hours"]}
          rows={d.sharing.medianHoursInStage.map((s) => ({ label: label(STAGE_LABELS, s.stage), value: s.hours }))}
          fileName="hours-in-stage"
          empty="No decisions yet: the hours appear once requests have moved through the review stages."
        />
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <DataTable
          title="Top makers"
          columns={["Maker", "Connectors owned"]}
          fileName="top-makers"
          empty="No connectors yet."
          rows={d.topMakers.map((m) => ({ key: m.userId, cells: [`${m.displayName}${m.isActive ? "" : " (left)"}`, m.connectors] }))}
        />
        <DataTable
          title="Licence utilization"
          columns={["Person", "Owns", "Cap", "Plan", "Status"]}
          fileName="licence-utilization"
          empty="Nobody is near their custom-connector cap."
          note={`People at ${Math.round(d.licence.nearRatio * 100)}% of their cap or more: ${d.licence.near} near, ${d.licence.at} at, ${d.licence.over} over.`}
          rows={d.licence.users.map((u) => ({
            key: u.userId,
            cells: [u.displayName, u.owned, u.cap, u.plan, u.status === "near" ? "Near cap" : u.status === "at" ? "At cap" : "Over cap"],
          }))}
        />
        <DataTable
          title="Most frequent validation findings"
          columns={["Rule", "Severity", "Findings", "Connectors"]}
          fileName="validation-rules"
          empty="No findings on current versions."
          note={`${countOf(d.validation.withErrors, "connector has", "connectors have")} errors, ${countOf(d.validation.withWarnings, "has", "have")} warnings.`}
          rows={d.validation.topRules.map((r) => ({ key: r.code, cells: [r.code, r.severity, r.findings, r.connectors] }))}
        />
        <DataTable
          title="Latest audit events"
          columns={["When (UTC)", "Who", "What", "On"]}
          fileName="audit-latest"
          empty="No audit events yet."
          note={`${countOf(d.audit.lastSevenDays, "event", "events")} in the last seven days.`}
          rows={latest.map((e, i) => ({
            key: `${e.at}-${i}`,
            cells: [e.at.slice(0, 16).replace("T", " "), actorNameOf(e.actorLabel), auditActionWords(e.action), e.entity.label],
            render: [
              e.at.slice(0, 16).replace("T", " "),
              <span key="who" title={e.actorLabel}>
                {actorNameOf(e.actorLabel)}
              </span>,
              auditActionWords(e.action),
              e.entity.href ? (
                <Link key="on" href={e.entity.href} className="text-blue-700 underline">
                  {e.entity.label}
                </Link>
              ) : (
                e.entity.label
              ),
            ],
          }))}
        />
      </div>
    </div>
  );
}
