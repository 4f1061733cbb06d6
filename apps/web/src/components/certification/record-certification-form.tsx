"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ErrorAlert, fieldInput, SelectField } from "@/components/form-fields.tsx";

/**
 * Record the next state of the connector's certification: only the states that may follow are offered; the hub
 * checks the day (not in the future, not before the previous state) and the pull request's address, and says what to
 * change when it refuses.
 */
export function RecordCertificationForm({
  slug,
  next,
  today,
  hasPullRequest,
}: {
  slug: string;
  next: readonly (readonly [state: string, words: string])[];
  today: string;
  hasPullRequest: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const data = new FormData(event.currentTarget);
      const text = (name: string) => {
        const value = String(data.get(name) ?? "").trim();
        return value === "" ? undefined : value;
      };
      const response = await fetch(`/api/v1/connectors/${slug}/certification/events`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ state: text("state"), effectiveAt: text("effectiveAt"), pullRequestUrl: text("pullRequestUrl"), note: text("note") }),
      });
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
        setError(answer.error?.message ?? `The state was not recorded (HTTP ${response.status}). Try again.`);
        return;
      }
      router.refresh();
    } catch {
      setError("The hub could not be reached, so nothing was recorded. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={submit}
      aria-label="Record a certification state"
      className="flex max-w-3xl flex-wrap items-end gap-3 rounded border border-dashed border-slate-300 bg-white p-3 text-sm"
    >
      <SelectField label="Next state" name="state" options={next} defaultValue={next[0]?.[0]} />
      <label className="flex flex-col">
        On
        <input name="effectiveAt" type="date" defaultValue={today} className={fieldInput} />
      </label>
      <label className="flex min-w-64 flex-1 flex-col">
        Pull request{hasPullRequest ? " (kept unless you give another)" : ""}
        <input name="pullRequestUrl" type="url" placeholder="https://github.com/microsoft/PowerPlatformConnectors/pull/1234" className={fieldInput} />
      </label>
      <label className="flex w-full flex-col">
        Note
        <input name="note" maxLength={2000} placeholder="What the reviewers asked, for example" className={fieldInput} />
      </label>
      <button disabled={isBusy} className="rounded bg-brand px-3 py-1.5 text-white hover:bg-brand-dark disabled:opacity-50">
        {isBusy ? "Recording…" : "Record state"}
      </button>
      <div className="w-full">
        <ErrorAlert message={error} />
      </div>
    </form>
  );
}
