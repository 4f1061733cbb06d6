import { AppError, checkEligibilityForUsers, listCatalog, listLicenceAssignments, listLicenceHolders, loadLicencePlans } from "@connector-hub/db";
import { describeAssignmentStatus } from "@/components/licence/assignment-status.ts";
import { AdminsOnly } from "@/components/admins-only.tsx";
import { ActionForm } from "@/components/licence/action-form.tsx";
import { BulkCheckForm } from "@/components/licence/bulk-check-form.tsx";
import { PlanEditor } from "@/components/licence/plan-editor.tsx";
import { UserPicker } from "@/components/licence/user-picker.tsx";
import { SignedOutNotice } from "@/components/sharing/signed-out-notice.tsx";
import { catalogViewer, getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";
import { addAssignmentAction, removeAssignmentAction, savePlanAction } from "./actions.ts";
import { TableHead } from "@/components/table-head.tsx";

export const dynamic = "force-dynamic";
export const metadata = { title: "Licences" };

type Search = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const input = "rounded border border-slate-300 px-2 py-1";

export default async function AdminLicencesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await getViewer();
  if (!viewer) return <SignedOutNotice returnTo="/admin/licences" what="licence administration" />;
  if (!viewer.isAdmin) return <AdminsOnly what="Licence administration" />;
  const raw = await searchParams;
  const connector = all(raw.connector)[0] ?? "";
  const userIds = all(raw.user).filter(Boolean);
  const groupId = all(raw.group)[0] ?? "";
  // The checker's form sends check=1, so pressing Check with nothing chosen says what is missing instead of nothing.
  const isCheck = all(raw.check)[0] === "1" || connector !== "";
  const [plans, assignments, holders, catalog] = await Promise.all([
    loadLicencePlans(db()),
    listLicenceAssignments(db()),
    listLicenceHolders(db()),
    listCatalog(db(), { limit: 100 }, catalogViewer(viewer)),
  ]);
  const { users, groups } = holders;
  let report: Awaited<ReturnType<typeof checkEligibilityForUsers>> | null = null;
  let checkError: string | null = null;
  if (isCheck) {
    try {
      // The administrator reads verdicts about other people: "Their plan…", never "Your plan…".
      report = await checkEligibilityForUsers(db(), { connector: { slug: connector }, userIds, ...(groupId ? { groupId } : {}), voice: "other" });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      checkError = e.message;
    }
  }
  return (
    <section className="space-y-10">
      <h1 className="text-2xl font-semibold">Licences</h1>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Plans</h2>
        <p className="text-sm text-slate-600">Every change is recorded in the audit log with the values before and after.</p>
        {plans.map((p) => (
          <PlanEditor key={p.key} plan={p} save={savePlanAction} />
        ))}
        <PlanEditor save={savePlanAction} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Assignments</h2>
        <ActionForm action={addAssignmentAction} label="Assign a plan" className="flex flex-wrap items-end gap-2 text-sm">
          <label className="flex flex-col">
            User principal name or group
            <input name="holder" list="holders" className={`${input} w-80`} placeholder="name@contoso.example" />
            <datalist id="holders">
              {users.map((u) => (
                <option key={u.id} value={u.upn}>
                  {u.displayName}
                </option>
              ))}
              {groups.map((g) => (
                <option key={g.id} value={`group:${g.id}`}>
                  {g.displayName} (group)
                </option>
              ))}
            </datalist>
          </label>
          <label className="flex flex-col">
            Plan
            <select name="planKey" className={input}>
              {plans.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            Starts
            <input name="startsAt" type="date" className={input} />
          </label>
          <label className="flex flex-col">
            Expires
            <input name="expiresAt" type="date" className={input} />
          </label>
          <button className="rounded bg-brand px-3 py-1.5 text-white">Assign</button>
        </ActionForm>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b text-left text-slate-500">
                <th className="py-2 pr-4">Holder</th>
                <th className="py-2 pr-4">Plan</th>
                <th className="py-2 pr-4">Valid</th>
                <th className="py-2 pr-4">
                  <span className="sr-only">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => {
                const status = describeAssignmentStatus(a);
                return (
                  <tr key={a.id} className="border-b" data-testid="assignment-row">
                    <td className="py-2 pr-4">{a.user ? `${a.user.displayName} (${a.user.upn})` : `group ${a.group?.displayName ?? "?"}`}</td>
                    <td className="py-2 pr-4">{a.plan.name}</td>
                    <td className={`py-2 pr-4 ${status.isCurrent ? "" : "text-red-700"}`}>{status.text}</td>
                    <td className="py-2 pr-4">
                      <ActionForm action={removeAssignmentAction} label={`Remove ${a.plan.name} from ${a.user?.displayName ?? a.group?.displayName ?? ""}`}>
                        <input type="hidden" name="assignmentId" value={a.id} />
                        <button className="text-red-700">Remove</button>
                      </ActionForm>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Eligibility checker</h2>
        <form method="get" aria-label="Eligibility checker" className="flex flex-wrap items-end gap-3 text-sm">
          <label className="flex flex-col">
            Connector
            <select name="connector" defaultValue={connector} className={input}>
              <option value="">Choose…</option>
              {catalog.items.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
          <input type="hidden" name="check" value="1" />
          <UserPicker users={users} selected={userIds} />
          <label className="flex flex-col">
            or a group
            <select name="group" defaultValue={groupId} className={input}>
              <option value="">None</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.displayName}
                </option>
              ))}
            </select>
          </label>
          <button className="rounded bg-brand px-3 py-1.5 text-white">Check eligibility</button>
        </form>
        {checkError ? (
          <p role="alert" id="check-error" className="text-red-700">
            {checkError}
          </p>
        ) : null}
        {report ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm" aria-label="Eligibility results">
              <TableHead gap="pr-4" columns={["User", "Use", "Create", "Share"]} />
              <tbody>
                {report.results.map((r) => (
                  <tr key={r.userId} className="border-b align-top" data-testid="eligibility-row">
                    <td className="py-2 pr-4">
                      {r.displayName}
                      <span className="block text-xs text-slate-500">{r.upn}</span>
                    </td>
                    {[r.canUse, r.canCreate, r.canShare].map((v, i) => (
                      <td key={i} className="py-2 pr-4">
                        <span className={v.allowed ? "text-emerald-700" : "text-red-700"}>{v.allowed ? "Yes" : "No"}</span>
                        <span className="block text-xs text-slate-600">{v.reason}</span>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Bulk check from a CSV</h2>
        <BulkCheckForm connectors={catalog.items.map((c) => ({ slug: c.slug, title: c.title }))} />
      </section>
    </section>
  );
}
