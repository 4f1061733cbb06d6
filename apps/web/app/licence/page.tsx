import { AppError, checkUserEligibility, listCatalog, listLicenceAssignments, loadLicencePlans } from "@connector-hub/db";
import { ErrorAlert, SelectField } from "@/components/form-fields.tsx";
import { describeAssignmentStatus } from "@/components/licence/assignment-status.ts";
import { VerdictList } from "@/components/licence/verdict-list.tsx";
import { SignedOutNotice } from "@/components/sharing/signed-out-notice.tsx";
import { catalogViewer, getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";
import { TableHead } from "@/components/table-head.tsx";

export const dynamic = "force-dynamic";
export const metadata = { title: "My licence" };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const CONTEXTS = { standalone: "On its own (flows, apps)", app: "Inside a Power App", flow: "Inside a flow" } as const;

export default async function LicencePage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await getViewer();
  if (!viewer) return <SignedOutNotice returnTo="/licence" what="your licence" />;
  const raw = await searchParams;
  const slug = first(raw.connector) || undefined;
  const contextRaw = first(raw.context);
  const context = contextRaw === "app" || contextRaw === "flow" ? contextRaw : undefined;
  const [plans, assignments, general, catalog] = await Promise.all([
    loadLicencePlans(db()),
    listLicenceAssignments(db(), { userId: viewer.userId }),
    checkUserEligibility(db(), { userId: viewer.userId }),
    listCatalog(db(), { limit: 100 }, catalogViewer(viewer)),
  ]);
  const planNames = Object.fromEntries(plans.map((p) => [p.key, p.name]));
  let specific: Awaited<ReturnType<typeof checkUserEligibility>> | null = null;
  let error: string | null = null;
  if (slug) {
    try {
      specific = await checkUserEligibility(db(), { userId: viewer.userId, connector: { slug }, ...(context ? { context } : {}) });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      error = e.message;
    }
  }
  return (
    <section className="space-y-8">
      <h1 className="text-2xl font-semibold">My licence</h1>
      {viewer.isAdmin ? (
        <p className="text-sm">
          Administrators: <a href="/admin/licences">manage plans, assignments and eligibility</a> · <a href="/admin/audit">audit log</a>
        </p>
      ) : null}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Your plans</h2>
        {assignments.length === 0 ? (
          <p className="text-slate-700">You hold no licence plan in the hub. Ask your administrator which plan you should have.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="border-collapse bg-white text-sm">
              <TableHead gap="pr-6" columns={["Plan", "Through", "Valid"]} />
              <tbody>
                {assignments.map((a) => {
                  const status = describeAssignmentStatus(a);
                  return (
                    <tr key={a.id} className="border-b" data-testid="my-plan">
                      <td className="py-2 pr-6">{a.plan.name}</td>
                      <td className="py-2 pr-6">{a.group ? `group ${a.group.displayName}` : "assigned to you"}</td>
                      <td className={`py-2 pr-6 ${status.isCurrent ? "" : "text-red-700"}`}>{status.text}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <p className="text-sm">
          Effective plan: <strong>{general.effectivePlan ? (planNames[general.effectivePlan] ?? general.effectivePlan) : "none"}</strong>
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Creating custom connectors</h2>
        <VerdictList verdicts={[["Create", general.canCreate]]} planNames={planNames} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Can I use a connector?</h2>
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
          <SelectField
            label="Connector"
            name="connector"
            defaultValue={slug ?? ""}
            emptyOption="Choose…"
            options={catalog.items.map((c) => [c.slug, c.title] as const)}
          />
          <SelectField label="Where" name="context" defaultValue={context ?? "standalone"} options={Object.entries(CONTEXTS)} />
          <button className="rounded bg-brand px-3 py-1.5 text-white">Check</button>
        </form>
        <ErrorAlert message={error} />
        {specific ? (
          <VerdictList
            verdicts={[
              ["Use", specific.canUse],
              ["Create", specific.canCreate],
              ["Share", specific.canShare],
            ]}
            planNames={planNames}
          />
        ) : null}
        {specific && specific.ignored.length > 0 ? (
          <ul className="text-sm text-slate-600">
            {specific.ignored.map((i, n) => (
              <li key={n}>Not counted: {i.reason}</li>
            ))}
          </ul>
        ) : null}
      </section>
    </section>
  );
}
