"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Sends an index file to PUT /api/v1/published-connectors/index and shows the outcome. */
export function PublishedIndexUpload() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isSending, setSending] = useState(false);

  async function send() {
    if (!file) return;
    setSending(true);
    setMessage(null);
    try {
      const response = await fetch("/api/v1/published-connectors/index", { method: "PUT", headers: { "content-type": "application/json" }, body: file });
      const body = (await response.json().catch(() => null)) as { connectorCount?: number; commit?: string; error?: { message: string } } | null;
      if (!response.ok) setMessage({ ok: false, text: body?.error?.message ?? `The upload failed (HTTP ${response.status}). Try again.` });
      else {
        setMessage({ ok: true, text: `Loaded ${body?.connectorCount ?? "?"} connectors from commit ${body?.commit ?? "?"}.` });
        router.refresh();
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="space-y-2">
      <label className="block">
        Index file (index.json)
        <input type="file" accept=".json,application/json" className="mt-1 block" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <button onClick={send} disabled={!file || isSending} className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark disabled:opacity-50">
        {isSending ? "Loading…" : "Replace the index"}
      </button>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-emerald-700" : "text-red-700"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
