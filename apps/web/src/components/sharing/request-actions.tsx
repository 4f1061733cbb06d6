"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

export interface ActionChoice {
  action: string;
  label: string;
  needsNote: boolean;
  tone?: "primary" | "danger" | "plain";
}

/** The review buttons of one request; each posts the version the page showed, so a stale page gets "reload". */
export function RequestActions({
  requestId,
  version,
  choices,
  withNote = true,
}: {
  requestId: string;
  version: number;
  choices: ActionChoice[];
  withNote?: boolean;
}) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(choice: ActionChoice) {
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(`/api/v1/sharing-requests/${requestId}/actions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action: choice.action, note: note.trim() || null, version }),
      });
      const answer = (await response.json().catch(() => ({}))) as { stage?: string; error?: { message: string } };
      if (!response.ok) {
        setMessage({ tone: "error", text: answer.error?.message ?? `That did not work (HTTP ${response.status}). Reload and try again.` });
        return;
      }
      setNote("");
      setMessage({ tone: "ok", text: `Done: ${choice.label}.` });
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  if (choices.length === 0) return null;
  const tones = { primary: "bg-brand text-white", danger: "bg-red-700 text-white", plain: "border border-slate-300 text-slate-800" };
  return (
    <section aria-label={withNote ? "Review actions" : "Your actions"} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      {withNote ? (
        <label className="block text-sm">
          <span className="font-medium">Note</span> <span className="text-slate-500">(required to reject or request changes; shown to the maker)</span>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} className="mt-1 block w-full rounded border border-slate-300 p-2" />
        </label>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {choices.map((c) => (
          <button
            key={c.action}
            type="button"
            disabled={busy}
            onClick={() => void act(c)}
            className={`rounded px-3 py-1.5 text-sm disabled:opacity-50 ${tones[c.tone ?? "plain"]}`}
          >
            {c.label}
          </button>
        ))}
      </div>
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-red-700" : "text-emerald-700"}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
