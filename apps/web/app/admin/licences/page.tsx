import { AppError, checkEligibilityForUsers, listCatalog, listLicenceAssignments, listLicenceHolders, loadLicencePlans } from "@connector-hub/db";
import { adminPage } from "@/server/admin-page.tsx";
import { ErrorAlert, fieldInput, SelectField } from "@/components/form-fields.tsx";
import { describeAssignmentStatus } from "@/components/licence/assignment-status.ts";
import { ActionForm } from "@/components/licence/action-form.tsx";
import { BulkCheckForm } from "@/components/licence/bulk-check-form.tsx";
import { PlanEditor } from "@/components/licence/plan-editor.tsx";
import { UserPicker } from "@/components/licence/user-picker.tsx";
import { catalogViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";
import { addAssignmentAction, removeAssignmentAction, savePlanAction } from "./actions.ts";
import { TableHead } from "@/components/table-head.tsx";

export const dynamic = "force-dynamic";
export const metadata = { title: "Licences" };

type Search = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

export default async function AdminLicencesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const gate = await adminPage("/admin/licences", { signedOut: "licence administration", adminsOnly: "Licence administration" });
  if (!gate.viewer) return gate.refusal;
  const viewer = gate.viewer;
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
            <input name="holder" list="holders" className={`${fieldInput} w-80`} placeholder="name@contoso.example" />
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
          <SelectField label="Plan" name="planKey" options={plans.map((p) => [p.key, p.name] as const)} />
          <label className="flex flex-col">
            Starts
            <input name="startsAt" type="date" className={fieldInput} />
          </label>
          <label className="flex flex-col">
            Expires
            <input name="expiresAt" type="date" className={fieldInput} />
          </label>
          <button className="rounded bg-brand px-3 py-1.5 text-white">Assign</button>
        </ActionForm>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <TableHead gap="pr-4" columns={["Holder", "Plan", "Valid", { label: "Remove", srOnly: true }]} />
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
          <SelectField
            label="Connector"
            name="connector"
            defaultValue={connector}
            emptyOption="Choose…"
            options={catalog.items.map((c) => [c.slug, c.title] as const)}
          />
          <input type="hidden" name="check" value="1" />
          <UserPicker users={users} selected={userIds} />
          <SelectField label="or a group" name="group" defaultValue={groupId} emptyOption="None" options={groups.map((g) => [g.id, g.displayName] as const)} />
          <button className="rounded bg-brand px-3 py-1.5 text-white">Check eligibility</button>
        </form>
        <ErrorAlert id="check-error" message={checkError} />
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
