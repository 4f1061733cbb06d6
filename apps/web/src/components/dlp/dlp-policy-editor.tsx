"use client";
import { fieldInput } from "@/components/form-fields.tsx";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DLP_GROUP_LABELS } from "./dlp-labels.ts";
import { DlpPreviewPanel } from "./dlp-preview-panel.tsx";
import { draftToBody, type DlpDraft, type DlpGroupKey, type DlpPreviewResult } from "./dlp-types.ts";
import { callApi } from "./use-api.ts";

const GROUPS: DlpGroupKey[] = ["BUSINESS", "NON_BUSINESS", "BLOCKED", "IGNORE"];

interface Props {
  policyId: string | null;
  isDefault: boolean;
  initial: DlpDraft;
  environments: { id: string; displayName: string }[];
}

/** Edits a policy's ordered patterns and overrides, previews who moves group, then saves. */
export function DlpPolicyEditor({ policyId, isDefault, initial, environments }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<DlpDraft>(initial);
  const [preview, setPreview] = useState<DlpPreviewResult | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (change: (d: DlpDraft) => DlpDraft) => {
    setDraft((d) => change(d));
    setPreview(null);
    setMessage(null);
  };
  const setPattern = (i: number, patch: Partial<DlpDraft["patterns"][number]>) =>
    update((d) => ({ ...d, patterns: d.patterns.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const move = (i: number, by: -1 | 1) =>
    update((d) => {
      const patterns = [...d.patterns];
      const [row] = patterns.splice(i, 1);
      if (row) patterns.splice(i + by, 0, row);
      return { ...d, patterns };
    });
  const setOverride = (i: number, patch: Partial<DlpDraft["overrides"][number]>) =>
    update((d) => ({ ...d, overrides: d.overrides.map((o, j) => (j === i ? { ...o, ...patch } : o)) }));

  const run = async (what: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await what();
    } catch (error) {
      setMessage({ kind: "error", text: error instanceof Error ? error.message : "Something went wrong; try again." });
    } finally {
      setBusy(false);
    }
  };
  const previewChanges = () =>
    run(async () =>
      setPreview(await callApi<DlpPreviewResult>(policyId ? `/api/v1/dlp/policies/${policyId}/preview` : "/api/v1/dlp/preview", "POST", draftToBody(draft))),
    );
  const save = () =>
    run(async () => {
      const saved = await callApi<{ id: string }>(
        policyId ? `/api/v1/dlp/policies/${policyId}` : "/api/v1/dlp/policies",
        policyId ? "PUT" : "POST",
        draftToBody(draft),
      );
      setPreview(null);
      setMessage({ kind: "ok", text: "Saved. Connectors are classified by the new rules." });
      if (!policyId) router.push(`/admin/dlp/${saved.id}`);
      else router.refresh();
    });
  const copy = () =>
    run(async () => {
      const saved = await callApi<{ id: string }>(`/api/v1/dlp/policies/${policyId}/copy`, "POST", {});
      router.push(`/admin/dlp/${saved.id}`);
    });
  const remove = () =>
    run(async () => {
      if (!window.confirm(`Delete the policy "${initial.name}"?`)) return;
      await callApi(`/api/v1/dlp/policies/${policyId}`, "DELETE");
      router.push("/admin/dlp");
    });

  return (
    <form
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col text-sm">
          Name
          <input className={fieldInput} value={draft.name} onChange={(e) => update((d) => ({ ...d, name: e.target.value }))} required />
        </label>
        <label className="flex flex-col text-sm">
          Scope
          <select
            className={fieldInput}
            value={draft.scope}
            disabled={isDefault}
            onChange={(e) => update((d) => ({ ...d, scope: e.target.value === "ENVIRONMENT" ? "ENVIRONMENT" : "TENANT" }))}
          >
            <option value="TENANT">Tenant</option>
            <option value="ENVIRONMENT">Environment</option>
          </select>
        </label>
        {draft.scope === "ENVIRONMENT" ? (
          <label className="flex flex-col text-sm">
            Environment
            <select className={fieldInput} value={draft.environmentId ?? ""} onChange={(e) => update((d) => ({ ...d, environmentId: e.target.value || null }))}>
              <option value="">Choose an environment</option>
              {environments.map((env) => (
                <option key={env.id} value={env.id}>
                  {env.displayName}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>

      <fieldset className="space-y-2">
        <legend className="font-semibold">Host URL patterns, first match wins</legend>
        <p className="text-sm text-slate-600">
          Use * as a wildcard, e.g. https://*.contoso.com. Keep &quot;*&quot; last: it decides every connector no other pattern matches, and only it may be
          Ignore.
        </p>
        <ol className="space-y-2">
          {draft.patterns.map((p, i) => (
            <li key={i} className="flex flex-wrap items-center gap-2">
              <span className="w-6 text-right text-sm text-slate-500">{i + 1}.</span>
              <input
                aria-label={`Pattern ${i + 1}`}
                className={`${fieldInput} w-80 font-mono text-sm`}
                value={p.pattern}
                onChange={(e) => setPattern(i, { pattern: e.target.value })}
              />
              <GroupSelect label={`Group of pattern ${i + 1}`} groups={GROUPS} value={p.group} onChange={(group) => setPattern(i, { group })} />
              <button
                type="button"
                className="text-sm underline disabled:opacity-40"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={`Move pattern ${i + 1} up`}
              >
                Up
              </button>
              <button
                type="button"
                className="text-sm underline disabled:opacity-40"
                disabled={i === draft.patterns.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`Move pattern ${i + 1} down`}
              >
                Down
              </button>
              <RemoveButton label={`Remove pattern ${i + 1}`} onClick={() => update((d) => ({ ...d, patterns: d.patterns.filter((_, j) => j !== i) }))} />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="text-sm underline"
          onClick={() =>
            update((d) => {
              const star = d.patterns.findIndex((p) => p.pattern.trim() === "*");
              const patterns = [...d.patterns];
              patterns.splice(star >= 0 ? star : patterns.length, 0, { pattern: "", group: "BUSINESS" });
              return { ...d, patterns };
            })
          }
        >
          Add pattern
        </button>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-semibold">Connector classifications (override the patterns)</legend>
        <ul className="space-y-2">
          {draft.overrides.map((o, i) => (
            <li key={i} className="flex flex-wrap items-center gap-2">
              <input
                aria-label={`Connector of classification ${i + 1}`}
                placeholder="connector slug or title"
                className={`${fieldInput} w-80 text-sm`}
                value={o.connector}
                onChange={(e) => setOverride(i, { connector: e.target.value })}
              />
              <GroupSelect
                label={`Group of classification ${i + 1}`}
                groups={GROUPS.filter((g) => g !== "IGNORE")}
                value={o.group}
                onChange={(group) => setOverride(i, { group })}
              />
              <RemoveButton
                label={`Remove classification ${i + 1}`}
                onClick={() => update((d) => ({ ...d, overrides: d.overrides.filter((_, j) => j !== i) }))}
              />
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="text-sm underline"
          onClick={() => update((d) => ({ ...d, overrides: [...d.overrides, { connector: "", group: "BUSINESS" }] }))}
        >
          Add classification
        </button>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50 disabled:opacity-50"
          disabled={busy}
          onClick={() => void previewChanges()}
        >
          Preview changes
        </button>
        <button type="submit" className="rounded bg-brand px-3 py-1.5 text-white hover:bg-brand-dark disabled:opacity-50" disabled={busy}>
          Save
        </button>
        {policyId ? (
          <button type="button" className="rounded border px-4 py-2" disabled={busy} onClick={() => void copy()}>
            Copy policy
          </button>
        ) : null}
        {policyId && !isDefault ? (
          <button type="button" className="rounded border border-red-700 px-4 py-2 text-red-700" disabled={busy} onClick={() => void remove()}>
            Delete
          </button>
        ) : null}
      </div>
      {message ? (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "text-red-700" : "text-green-800"}>
          {message.text}
        </p>
      ) : null}
      {preview ? <DlpPreviewPanel preview={preview} /> : null}
    </form>
  );
}

/** The DLP group of one pattern or classification row. */
function GroupSelect({
  label,
  groups,
  value,
  onChange,
}: {
  label: string;
  groups: readonly DlpGroupKey[];
  value: DlpGroupKey;
  onChange: (group: DlpGroupKey) => void;
}) {
  return (
    <select aria-label={label} className={fieldInput} value={value} onChange={(e) => onChange(e.target.value as DlpGroupKey)}>
      {groups.map((g) => (
        <option key={g} value={g}>
          {DLP_GROUP_LABELS[g]}
        </option>
      ))}
    </select>
  );
}

/** Removes one pattern or classification row. */
function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="text-sm text-red-700 underline" onClick={onClick} aria-label={label}>
      Remove
    </button>
  );
}
