import type { LicencePlan } from "@connector-hub/governance";
import { fieldInput, SelectField } from "@/components/form-fields.tsx";
import { ActionForm } from "./action-form.tsx";

type Save = (state: { error?: string; ok?: string } | null, form: FormData) => Promise<{ error?: string; ok?: string } | null>;
const USAGES = {
  YES: "Yes",
  NO: "No",
  APP_CONTEXT: "Only in an app's context",
  FLOW_CONTEXT: "Only in a flow's context",
  AZURE_ONLY: "Only Azure-hosted APIs",
};

/** One plan as an editable row; an empty key makes a new plan. */
export function PlanEditor({ plan, save }: { plan?: LicencePlan; save: Save }) {
  const id = plan?.key ?? "new";
  return (
    <ActionForm action={save} label={plan ? `Plan ${plan.name}` : "New plan"} className="flex flex-wrap items-end gap-2 border-b py-3 text-sm">
      <label className="flex flex-col">
        Key
        <input name="key" defaultValue={plan?.key} readOnly={Boolean(plan)} className={`${fieldInput} w-48 ${plan ? "bg-slate-50" : ""}`} />
      </label>
      <label className="flex flex-col">
        Name
        <input name="name" defaultValue={plan?.name} className={`${fieldInput} w-64`} />
      </label>
      <SelectField label="Usable" name="usage" defaultValue={plan?.usage ?? "YES"} options={Object.entries(USAGES)} />
      <label className="flex flex-col">
        Create limit
        <input
          name="createLimit"
          type="number"
          min={0}
          defaultValue={plan?.createLimit ?? ""}
          placeholder="none"
          className={`${fieldInput} w-24`}
          aria-describedby={`${id}-limit-hint`}
        />
      </label>
      <label className="flex flex-col">
        Trial days
        <input name="trialDays" type="number" min={1} defaultValue={plan?.trialDays ?? ""} placeholder="not a trial" className={`${fieldInput} w-24`} />
      </label>
      <label className="flex items-center gap-1">
        <input name="canShare" type="checkbox" defaultChecked={plan?.canShare ?? true} /> May share
      </label>
      <label className="flex items-center gap-1">
        <input name="sellable" type="checkbox" defaultChecked={plan?.sellable ?? true} /> On sale
      </label>
      <label className="flex flex-col">
        Source
        <input name="source" defaultValue={plan?.source} className={`${fieldInput} w-72`} />
      </label>
      <span id={`${id}-limit-hint`} className="sr-only">
        Leave empty when the source states no cap.
      </span>
      <button className="rounded bg-brand px-3 py-1.5 text-white">{plan ? "Save" : "Add plan"}</button>
    </ActionForm>
  );
}
