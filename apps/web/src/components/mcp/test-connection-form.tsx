"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

export interface SavedTestConnection {
  fields: string[];
  /** YYYY-MM-DD. */
  savedOn: string;
  savedBy: string | null;
  /** What the scheduled re-discovery last failed on (null: it worked, or has not run). */
  lastScheduledError: string | null;
}

/**
 * The test connection an editor saves for discovery (on demand and on the schedule): sent once over PUT, sealed on
 * the server, never shown again; the page shows which fields are saved and when, and can remove it.
 */
export function TestConnectionForm({ slug, saved }: { slug: string; saved: SavedTestConnection | null }) {
  const router = useRouter();
  const [apiKey, setApiKey] = useState("");
  const [accessToken, setAccessToken] = useState("");
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const url = `/api/v1/connectors/${slug}/mcp/test-connection`;

  async function send(method: "PUT" | "DELETE") {
    setState({ busy: true, error: null });
    const connection = { ...(apiKey ? { apiKey } : {}), ...(accessToken ? { accessToken } : {}) };
    const response = await fetch(url, {
      method,
      ...(method === "PUT" ? { headers: { "content-type": "application/json" }, body: JSON.stringify({ connection }) } : {}),
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setState({ busy: false, error: body?.error?.message ?? `Saving failed (HTTP ${response.status}).` });
      return;
    }
    setApiKey("");
    setAccessToken("");
    setState({ busy: false, error: null });
    router.refresh();
  }

  return (
    <div className="space-y-2 rounded border bg-white p-3 text-sm" data-testid="mcp-test-connection">
      <h3 className="font-semibold">Saved test connection</h3>
      {saved ? (
        <p className="flex flex-wrap items-center gap-3">
          <span data-testid="mcp-test-connection-saved">
            Saved on {saved.savedOn} ({saved.fields.join(", ")}){saved.savedBy ? ` by ${saved.savedBy}` : ""}. Discovery uses it when you type no key.
          </span>
          <button
            type="button"
            onClick={() => void send("DELETE")}
            disabled={state.busy}
            className="rounded border px-2 py-1 hover:bg-slate-50 disabled:opacity-60"
          >
            Remove
          </button>
        </p>
      ) : null}
      {saved?.lastScheduledError ? (
        <p role="status" className="text-amber-800" data-testid="mcp-scheduled-error">
          The last scheduled re-discovery failed: {saved.lastScheduledError}
        </p>
      ) : null}
      {saved ? null : (
        <p className="text-slate-700">None saved: save one so discovery, and the scheduled re-discovery, can reach the server without typing the key.</p>
      )}
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void send("PUT");
        }}
      >
        <label className="flex flex-col">
          API key
          <input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} className="rounded border px-2 py-1" />
        </label>
        <label className="flex flex-col">
          Access token
          <input type="password" autoComplete="off" value={accessToken} onChange={(e) => setAccessToken(e.target.value)} className="rounded border px-2 py-1" />
        </label>
        <button type="submit" disabled={state.busy || (!apiKey && !accessToken)} className="rounded border px-3 py-1.5 hover:bg-slate-50 disabled:opacity-60">
          {saved ? "Replace saved connection" : "Save test connection"}
        </button>
      </form>
      <p className="text-xs text-slate-600">Stored encrypted (AES-256-GCM) and never shown again, logged or sent to the browser.</p>
      {state.error ? (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
