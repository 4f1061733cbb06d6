"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

interface ImpactDetail {
  summary: string;
  flows: { name: string; displayName: string; environment: string; owner: string }[];
}

interface UploadAnswer {
  version?: { number: number; errorCount: number; breakingCount?: number };
  error?: { code?: string; message: string; details?: { impacts?: ImpactDetail[] } };
}

/**
 * Upload a new version of a connector; the page then shows it with what it breaks against the previous one. When
 * its breaking changes reach flows in environments (#20), the hub names them and their owners and asks for a reason
 * before saving; the reason goes into the audit log and the owners are notified.
 */
export function UploadVersionForm({ slug }: { slug: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [impacts, setImpacts] = useState<ImpactDetail[] | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const data = new FormData(event.currentTarget);
      if (!impacts) data.delete("acknowledgeReason");
      const response = await fetch(`/api/v1/connectors/${slug}/versions`, { method: "POST", body: data });
      const answer = (await response.json().catch(() => ({}))) as UploadAnswer;
      if (answer.error?.code === "ACKNOWLEDGEMENT_REQUIRED") {
        setImpacts(answer.error.details?.impacts ?? []);
        return;
      }
      if (!response.ok || !answer.version) {
        setMessage({ tone: "error", text: answer.error?.message ?? `The upload failed (HTTP ${response.status}). Try again.` });
        return;
      }
      const v = answer.version;
      setImpacts(null);
      form.current?.reset();
      setMessage({ tone: "ok", text: `Version ${v.number} saved: ${v.errorCount} errors, ${v.breakingCount ?? 0} breaking changes.` });
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} onSubmit={submit} className="flex flex-wrap items-center gap-3 rounded border border-dashed border-slate-300 bg-white p-3 text-sm">
      <label htmlFor="new-version-file" className="font-medium">
        New version file
      </label>
      <input id="new-version-file" name="file" type="file" required accept=".json,.yaml,.yml,.zip" onChange={() => setImpacts(null)} />
      {impacts ? null : (
        <button disabled={isBusy} className="rounded bg-brand px-3 py-1.5 text-white hover:bg-brand-dark disabled:opacity-50">
          {isBusy ? "Uploading…" : "Upload new version"}
        </button>
      )}
      {impacts ? (
        <div role="alert" className="w-full space-y-3 rounded border border-amber-300 bg-amber-50 p-3" data-testid="breaking-impact">
          <p className="font-medium">This version breaks flows in production:</p>
          {impacts.map((impact) => (
            <div key={impact.summary}>
              <p className="font-medium">{impact.summary}</p>
              <ul className="ml-5 list-disc">
                {impact.flows.map((f) => (
                  <li key={`${f.environment}/${f.name}`}>
                    {f.displayName} ({f.environment}) — {f.owner}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <label htmlFor="acknowledge-reason" className="block font-medium">
            Why should it ship anyway? (recorded in the audit log; the owners are notified)
          </label>
          <textarea id="acknowledge-reason" name="acknowledgeReason" required minLength={10} rows={2} className="w-full rounded border border-slate-300 p-2" />
          <button disabled={isBusy} className="rounded bg-amber-700 px-3 py-1.5 text-white hover:bg-amber-800 disabled:opacity-50">
            {isBusy ? "Saving…" : "Acknowledge and save"}
          </button>
        </div>
      ) : null}
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "w-full text-red-700" : "w-full text-emerald-700"}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
