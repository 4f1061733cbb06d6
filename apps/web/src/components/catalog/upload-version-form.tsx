"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

interface UploadAnswer {
  version?: { number: number; errorCount: number; breakingCount?: number };
  error?: { message: string };
}

/** Upload a new version of a connector; the page then shows it with what it breaks against the previous one. */
export function UploadVersionForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(`/api/v1/connectors/${slug}/versions`, { method: "POST", body: new FormData(event.currentTarget) });
      const answer = (await response.json().catch(() => ({}))) as UploadAnswer;
      if (!response.ok || !answer.version) {
        setMessage({ tone: "error", text: answer.error?.message ?? `The upload failed (HTTP ${response.status}). Try again.` });
        return;
      }
      const v = answer.version;
      setMessage({ tone: "ok", text: `Version ${v.number} saved: ${v.errorCount} errors, ${v.breakingCount ?? 0} breaking changes.` });
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-3 rounded border border-dashed border-slate-300 bg-white p-3 text-sm">
      <label htmlFor="new-version-file" className="font-medium">
        New version file
      </label>
      <input id="new-version-file" name="file" type="file" required accept=".json,.yaml,.yml,.zip" />
      <button disabled={isBusy} className="rounded bg-brand px-3 py-1.5 text-white hover:bg-brand-dark disabled:opacity-50">
        {isBusy ? "Uploading…" : "Upload new version"}
      </button>
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "w-full text-red-700" : "w-full text-emerald-700"}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
