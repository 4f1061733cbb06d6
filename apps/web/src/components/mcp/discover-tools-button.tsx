"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * Runs a discovery with the test connection typed here (sent once, never stored), or with the saved one when nothing
 * is typed, and reloads the page's lists.
 */
export function DiscoverToolsButton({ slug, needsKey }: { slug: string; needsKey: boolean }) {
  const router = useRouter();
  const [apiKey, setApiKey] = useState("");
  const [accessToken, setAccessToken] = useState("");
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function discover() {
    setState({ busy: true, error: null });
    const connection = { ...(apiKey ? { apiKey } : {}), ...(accessToken ? { accessToken } : {}) };
    const response = await fetch(`/api/v1/connectors/${slug}/mcp/discoveries`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // Nothing typed: the server uses the saved test connection, if any.
      body: JSON.stringify(Object.keys(connection).length > 0 ? { connection } : {}),
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setState({ busy: false, error: body?.error?.message ?? `Discovery failed (HTTP ${response.status}).` });
      return;
    }
    setState({ busy: false, error: null });
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      {needsKey ? (
        <>
          <label className="flex flex-col">
            API key (this call only)
            <input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} className="rounded border px-2 py-1" />
          </label>
          <label className="flex flex-col">
            Access token (this call only)
            <input
              type="password"
              autoComplete="off"
              value={accessToken}
              onChange={(e) => setAccessToken(e.target.value)}
              className="rounded border px-2 py-1"
            />
          </label>
        </>
      ) : null}
      <button
        type="button"
        onClick={() => void discover()}
        disabled={state.busy}
        className="rounded bg-brand px-3 py-1.5 text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {state.busy ? "Discovering…" : "Discover tools"}
      </button>
      {state.error ? (
        <p role="alert" className="w-full text-red-700">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
