"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Revokes one share through the REST API and refreshes the page; errors say what the server said. */
export function RevokeShareButton({ shareId, label }: { shareId: string; label: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  async function revoke() {
    if (!window.confirm(`Revoke access for ${label}? Their flows and apps will stop working with this connector.`)) return;
    setState({ busy: true, error: null });
    const response = await fetch(`/api/v1/shares/${encodeURIComponent(shareId)}`, { method: "DELETE" });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setState({ busy: false, error: body?.error?.message ?? `The share could not be revoked (HTTP ${response.status}).` });
      return;
    }
    setState({ busy: false, error: null });
    router.refresh();
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={revoke}
        disabled={state.busy}
        className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50"
      >
        {state.busy ? "Revoking…" : "Revoke"}
      </button>
      {state.error ? (
        <span role="alert" className="text-xs text-red-700">
          {state.error}
        </span>
      ) : null}
    </span>
  );
}
