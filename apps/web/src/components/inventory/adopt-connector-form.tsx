"use client";

import { ErrorAlert, fieldInput } from "@/components/form-fields.tsx";
import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * Adopts a connector found in an environment into the catalog (issue 20): the administrator picks the maker who will
 * own it; the hub imports its stored definition as that maker's private draft and opens the new connector's page.
 */
export function AdoptConnectorForm({ id, name, owners }: { id: string; name: string; owners: { id: string; label: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ownerId = String(new FormData(event.currentTarget).get("ownerId") ?? "");
    setError(null);
    if (!ownerId) return setError("Choose the maker who will own the connector.");
    setBusy(true);
    try {
      const response = await fetch(`/api/v1/inventory/connectors/${encodeURIComponent(id)}/adoption`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ownerId }),
      });
      const answer = (await response.json().catch(() => ({}))) as { connector?: { url: string }; error?: { message: string } };
      if (!response.ok || !answer.connector) return setError(answer.error?.message ?? `The adoption failed (HTTP ${response.status}).`);
      router.push(answer.connector.url);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label={`Adopt ${name}`} className="flex min-w-0 flex-col gap-2">
      <label className="flex w-full min-w-0 flex-col">
        <span>
          Owner<span className="sr-only"> of {name}</span>
        </span>
        <select name="ownerId" defaultValue="" className={`${fieldInput} w-full min-w-0`}>
          <option value="">Choose a maker…</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button disabled={busy} className="max-w-full self-start rounded bg-brand px-3 py-1 text-white disabled:opacity-50">
        {busy ? "Adopting…" : "Adopt into the catalog"}
        <span className="sr-only">: {name}</span>
      </button>
      <ErrorAlert message={error} />
    </form>
  );
}
