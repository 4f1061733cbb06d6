"use client";

import type { RiskScore, SharingGate, TargetEligibility } from "@connector-hub/governance";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { GatesList } from "./gates-list.tsx";
import { RiskExplanation } from "./risk-explanation.tsx";
import { SUPPORT_DETAIL_LABELS } from "./sharing-labels.ts";
import { ErrorAlert } from "@/components/form-fields.tsx";

type Principal = { id: string; name: string };
type Pick = { id: string; permission: "CAN_VIEW" | "CAN_EDIT" };
type Evaluation = { gates: SharingGate[]; risk: RiskScore; targetEligibility: TargetEligibility[] | null; canSubmit: boolean };

function PrincipalPicker({ legend, options, picks, onChange }: { legend: string; options: Principal[]; picks: Pick[]; onChange: (p: Pick[]) => void }) {
  const [chosen, setChosen] = useState("");
  const name = (id: string) => options.find((o) => o.id === id)?.name ?? id;
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">{legend}</legend>
      <div className="flex gap-2">
        <select
          aria-label={`Add from ${legend.toLowerCase()}`}
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          className="rounded border border-slate-300 px-2 py-1"
        >
          <option value="">Choose…</option>
          {options
            .filter((o) => !picks.some((p) => p.id === o.id))
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
        </select>
        <button
          type="button"
          disabled={!chosen}
          onClick={() => {
            onChange([...picks, { id: chosen, permission: "CAN_VIEW" }]);
            setChosen("");
          }}
          className="rounded border border-slate-300 px-2 py-1 disabled:opacity-50"
        >
          Add
        </button>
      </div>
      <ul className="space-y-1">
        {picks.map((p) => (
          <li key={p.id} className="flex items-center gap-2">
            <span className="w-56">{name(p.id)}</span>
            <select
              aria-label={`Permission for ${name(p.id)}`}
              value={p.permission}
              onChange={(e) => onChange(picks.map((x) => (x.id === p.id ? { ...x, permission: e.target.value as Pick["permission"] } : x)))}
              className="rounded border border-slate-300 px-2 py-1"
            >
              <option value="CAN_VIEW">Can view</option>
              <option value="CAN_EDIT">Can edit</option>
            </select>
            <button type="button" onClick={() => onChange(picks.filter((x) => x.id !== p.id))} className="text-red-700">
              Remove
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The sharing request form: targets, support details, secrets and risk; shows the computed gates before submitting. */
export function ShareRequestForm(props: { slug: string; authType: string; users: Principal[]; groups: Principal[] }) {
  const router = useRouter();
  const [scope, setScope] = useState<"USERS" | "ORGANIZATION" | "PUBLIC">("ORGANIZATION");
  const [users, setUsers] = useState<Pick[]>([]);
  const [groups, setGroups] = useState<Pick[]>([]);
  const [details, setDetails] = useState<Record<string, string>>({});
  const [sensitivity, setSensitivity] = useState("INTERNAL");
  const [secretHandling, setSecretHandling] = useState("");
  const [riskAccepted, setRiskAccepted] = useState(false);
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const needsSecret = props.authType === "OAUTH2" || props.authType === "API_KEY";
  const needsRiskAcceptance = props.authType === "NONE" && scope !== "USERS";

  /** The answers the gates require, checked here first so each message sits beside its field (focus moves to the first). */
  function validate(form: HTMLFormElement): boolean {
    const errors: Record<string, string> = {};
    if (scope === "USERS" && users.length + groups.length === 0) errors.targets = "Add at least one person or group, or share with the whole organization.";
    if (!(details.businessJustification ?? "").trim()) errors.businessJustification = "Say why people need this connector.";
    if (!(details.conditionsOfUse ?? "").trim()) errors.conditionsOfUse = "Say on what conditions it may be used.";
    if (needsSecret && !secretHandling.trim())
      errors.secretHandling = `Say how the ${props.authType === "OAUTH2" ? "OAuth client secret" : "API key"} is issued, stored and rotated.`;
    if (needsRiskAcceptance && !riskAccepted) errors.riskAccepted = "Accept the risk explicitly, or share with named people and groups only.";
    setFieldErrors(errors);
    const first = ["targets", "businessJustification", "conditionsOfUse", "secretHandling", "riskAccepted"].find((k) => errors[k]);
    if (first) form.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
    return first === undefined;
  }
  const invalid = (key: string) => (fieldErrors[key] ? { "aria-invalid": true, "aria-describedby": `${key}-error` } : {});
  const fieldError = (key: string) =>
    fieldErrors[key] ? (
      <span id={`${key}-error`} className="mt-1 block text-red-700">
        {fieldErrors[key]}
      </span>
    ) : null;

  const body = () => ({
    connectorSlug: props.slug,
    target: scope === "USERS" ? { scope, users, groups } : { scope },
    supportDetails: details,
    dataSensitivity: sensitivity,
    secretHandling: secretHandling || null,
    riskAccepted,
  });

  async function send(path: string) {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body()) });
      const answer = (await response.json().catch(() => ({}))) as Evaluation & {
        request?: { id: string };
        evaluation?: Evaluation;
        error?: { message: string; details?: { gates?: SharingGate[] } };
      };
      if (!response.ok) {
        setError(answer.error?.message ?? `That did not work (HTTP ${response.status}). Try again.`);
        return null;
      }
      return answer;
    } finally {
      setBusy(false);
    }
  }

  async function check() {
    const answer = await send("/api/v1/sharing-requests/preview");
    if (answer) setEvaluation(answer);
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validate(event.currentTarget)) return;
    const answer = await send("/api/v1/sharing-requests");
    if (answer?.request) router.push(`/requests/${answer.request.id}`);
  }

  const left = evaluation?.targetEligibility?.filter((t) => !t.canUse) ?? [];
  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6 text-sm">
      <p className="text-slate-600">
        Fields marked <span className="text-red-700">(required)</span> must be filled in before the request can be submitted.
      </p>
      <fieldset className="space-y-1">
        <legend className="font-medium">Share with</legend>
        {(
          [
            ["USERS", "Named people and groups"],
            ["ORGANIZATION", "The whole organization"],
            ["PUBLIC", "Public (certification or independent publisher)"],
          ] as const
        ).map(([value, text]) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} /> {text}
          </label>
        ))}
      </fieldset>
      {scope === "USERS" ? (
        <div className="space-y-1">
          <div data-field="targets" tabIndex={-1} {...invalid("targets")} className="grid gap-4 sm:grid-cols-2">
            <PrincipalPicker legend="People" options={props.users} picks={users} onChange={setUsers} />
            <PrincipalPicker legend="Groups" options={props.groups} picks={groups} onChange={setGroups} />
          </div>
          {fieldError("targets")}
        </div>
      ) : null}
      <fieldset className="space-y-3">
        <legend className="font-medium">Support details</legend>
        {SUPPORT_DETAIL_LABELS.map(([key, text]) => (
          <label key={key} className="block">
            {text}
            {key === "businessJustification" || key === "conditionsOfUse" ? <span className="text-red-700"> (required)</span> : null}
            <textarea
              data-field={key}
              rows={2}
              value={details[key] ?? ""}
              required={key === "businessJustification" || key === "conditionsOfUse"}
              {...invalid(key)}
              onChange={(e) => setDetails({ ...details, [key]: e.target.value })}
              className={`mt-1 block w-full rounded border p-2 ${fieldErrors[key] ? "border-red-700" : "border-slate-300"}`}
            />
            {fieldError(key)}
          </label>
        ))}
        <label className="block">
          Data sensitivity
          <select value={sensitivity} onChange={(e) => setSensitivity(e.target.value)} className="ml-2 rounded border border-slate-300 px-2 py-1">
            <option value="PUBLIC">Public</option>
            <option value="INTERNAL">Internal</option>
            <option value="CONFIDENTIAL">Confidential</option>
            <option value="HIGHLY_CONFIDENTIAL">Highly confidential</option>
          </select>
        </label>
      </fieldset>
      {needsSecret ? (
        <label className="block">
          How the {props.authType === "OAUTH2" ? "OAuth client secret" : "API key"} is issued, stored and rotated
          <span className="text-red-700"> (required)</span>
          <textarea
            data-field="secretHandling"
            rows={2}
            value={secretHandling}
            required
            {...invalid("secretHandling")}
            onChange={(e) => setSecretHandling(e.target.value)}
            className={`mt-1 block w-full rounded border p-2 ${fieldErrors.secretHandling ? "border-red-700" : "border-slate-300"}`}
          />
          {fieldError("secretHandling")}
        </label>
      ) : null}
      {props.authType === "NONE" ? (
        <div>
          <label className="flex items-center gap-2">
            <input
              data-field="riskAccepted"
              type="checkbox"
              checked={riskAccepted}
              {...invalid("riskAccepted")}
              onChange={(e) => setRiskAccepted(e.target.checked)}
            />{" "}
            I accept the risk of sharing a connector without authentication
            {needsRiskAcceptance ? <span className="text-red-700"> (required to share beyond named people)</span> : null}
          </label>
          {fieldError("riskAccepted")}
        </div>
      ) : null}
      <div className="flex gap-2">
        <button type="button" disabled={busy} onClick={() => void check()} className="rounded border border-slate-300 px-3 py-1.5 disabled:opacity-50">
          Check gates
        </button>
        <button type="submit" disabled={busy} className="rounded bg-brand px-3 py-1.5 text-white disabled:opacity-50">
          Submit request
        </button>
      </div>
      <ErrorAlert message={error} />
      {evaluation ? (
        <section aria-label="Checks before submitting" className="space-y-4 rounded border border-slate-200 bg-white p-4">
          <GatesList gates={evaluation.gates} />
          {left.length > 0 ? (
            <div>
              <p className="font-medium">Could not use it with their licence:</p>
              <ul className="list-disc pl-5">
                {left.map((t) => (
                  <li key={t.principalId}>
                    {t.displayName}: {t.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <RiskExplanation risk={evaluation.risk} />
        </section>
      ) : null}
    </form>
  );
}
