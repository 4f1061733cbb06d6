"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FindingsTable } from "./findings-table.tsx";
import { ScratchForm, type BuildDefinition } from "./scratch-form.tsx";
import { draftFormData, useDraftValidation, type Draft } from "./use-draft-validation.ts";
import { WizardQuestions, type Answers } from "./wizard-questions.tsx";

const FORMAT_WORDS: Record<string, string> = {
  OPENAPI_JSON: "an OpenAPI JSON file",
  OPENAPI_YAML: "an OpenAPI YAML file",
  POSTMAN: "a Postman collection",
  PACONN: "a paconn zip",
  FORM: "the form",
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

type SourceTab = "upload" | "paste" | "form";

/**
 * The import wizard: a source (upload, paste or the form), validated as the maker goes, then the five questions of
 * the design (duplicates, existing or new API, hosting, authentication, licence) and the save.
 */
export function ImportWizard({ canSave, buildDefinition }: { canSave: boolean; buildDefinition: BuildDefinition }) {
  const router = useRouter();
  const [tab, setTab] = useState<SourceTab>("upload");
  const [draft, setDraft] = useState<Draft | null>(null);
  const [sourceText, setSourceText] = useState("");
  const [answers, setAnswers] = useState<Answers>({
    apiKind: "existing",
    hosting: "",
    gatewayName: "",
    authType: "",
    scope: "PRIVATE",
    title: "",
    publishedReason: "",
  });
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const validation = useDraftValidation(draft);
  const result = validation.data;

  async function pickFile(file: File | undefined) {
    if (!file) return;
    setDraft({ kind: "file", file });
    setSourceText(/\.zip$/i.test(file.name) ? "" : await file.text());
  }

  async function save() {
    if (!draft) return;
    setSaving(true);
    setSaveError(null);
    const data = draftFormData(draft);
    for (const [key, value] of Object.entries(answers)) if (value && key !== "apiKind") data.set(key, value);
    try {
      const response = await fetch("/api/v1/connectors", { method: "POST", body: data });
      const body = (await response.json().catch(() => null)) as { connector?: { url: string }; error?: { message: string } } | null;
      if (!response.ok || !body?.connector) setSaveError(body?.error?.message ?? `Saving failed (HTTP ${response.status}). Try again.`);
      else router.push(body.connector.url);
    } finally {
      setSaving(false);
    }
  }

  const tabClass = (t: SourceTab) => `rounded-t border-b-2 px-3 py-1.5 ${tab === t ? "border-brand font-semibold" : "border-transparent text-slate-600"}`;
  return (
    <div className="space-y-6">
      <section aria-labelledby="source-heading" className="space-y-3">
        <h2 id="source-heading" className="text-lg font-semibold">
          Definition
        </h2>
        <div role="tablist" className="flex gap-2 border-b border-slate-200">
          <button role="tab" aria-selected={tab === "upload"} className={tabClass("upload")} onClick={() => setTab("upload")}>
            Upload a file
          </button>
          <button role="tab" aria-selected={tab === "paste"} className={tabClass("paste")} onClick={() => setTab("paste")}>
            Paste
          </button>
          <button role="tab" aria-selected={tab === "form"} className={tabClass("form")} onClick={() => setTab("form")}>
            Start from scratch
          </button>
        </div>
        {tab === "upload" ? (
          <label className="block text-sm">
            OpenAPI 2.0, 3.0 or 3.1 (JSON or YAML; 3.x is converted to 2.0 with a loss report), Postman collection or paconn zip, up to 5 MB
            <input type="file" accept=".json,.yaml,.yml,.zip" className="mt-1 block" onChange={(e) => void pickFile(e.target.files?.[0])} />
          </label>
        ) : tab === "paste" ? (
          <label className="block text-sm">
            Definition text
            <textarea
              className="mt-1 h-64 w-full rounded border border-slate-300 bg-white p-2 font-mono text-xs"
              value={draft?.kind === "text" && !draft.isForm ? draft.text : ""}
              onChange={(e) => {
                setSourceText(e.target.value);
                setDraft({ kind: "text", text: e.target.value, fileName: /^\s*[{[]/.test(e.target.value) ? "pasted.json" : "pasted.yaml", isForm: false });
              }}
            />
          </label>
        ) : (
          <ScratchForm
            build={buildDefinition}
            onBuilt={(text) => {
              setSourceText(text);
              setDraft({ kind: "text", text, fileName: "form.json", isForm: true });
            }}
          />
        )}
        <div aria-live="polite" className="text-sm">
          {validation.isFetching ? <p>Validating…</p> : null}
          {validation.error ? (
            <p role="alert" className="text-red-700">
              {validation.error.message}
            </p>
          ) : null}
          {result && !validation.isFetching ? (
            <p role="status">
              Read as {FORMAT_WORDS[result.sourceFormat] ?? result.sourceFormat}: {result.connector.title || "(untitled)"} at{" "}
              {result.connector.host || "(no host)"}, {plural(result.connector.actionCount, "action")}, {plural(result.connector.triggerCount, "trigger")} —{" "}
              {plural(result.summary.errors, "error")}, {plural(result.summary.warnings, "warning")}.
            </p>
          ) : null}
        </div>
        {result && result.findings.length > 0 ? <FindingsTable findings={result.findings} sourceText={sourceText} /> : null}
      </section>

      {result ? (
        <WizardQuestions
          result={result}
          answers={answers}
          showTitle={!(draft?.kind === "text" && draft.isForm)}
          onChange={(patch) => setAnswers((a) => ({ ...a, ...patch }))}
        />
      ) : null}

      {result ? (
        <section className="space-y-2">
          {saveError ? (
            <p role="alert" className="text-red-700">
              {saveError}
            </p>
          ) : null}
          <button onClick={save} disabled={!canSave || isSaving} className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark disabled:opacity-50">
            {isSaving ? "Saving…" : "Save as private draft"}
          </button>
          {!canSave ? <p className="text-sm text-slate-600">Sign in as a maker to save.</p> : null}
        </section>
      ) : null}
    </div>
  );
}
