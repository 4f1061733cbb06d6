"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

const DETAILS = [
  ["businessJustification", "Business justification", true],
  ["impact", "Impact", false],
  ["accessManagement", "Access management", false],
  ["dependencies", "Dependencies", false],
  ["conditionsOfUse", "Conditions of use", true],
  ["mitigationPlan", "Mitigation plan", false],
] as const;

export interface ResubmitFormProps {
  requestId: string;
  version: number;
  supportDetails: Record<string, string>;
  secretHandling: string | null;
  needsSecretHandling: boolean;
  versionNumber: number;
  /** Versions the maker may attach: the requested one and every newer one. */
  versionChoices: number[];
}

/** The maker's side of "changes requested": edit the answers, optionally attach a newer version, resubmit. */
export function ResubmitForm(props: ResubmitFormProps) {
  const router = useRouter();
  const [details, setDetails] = useState<Record<string, string>>(props.supportDetails);
  const [secretHandling, setSecretHandling] = useState(props.secretHandling ?? "");
  const [versionNumber, setVersionNumber] = useState(props.versionNumber);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function resubmit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/sharing-requests/${props.requestId}/actions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          action: "resubmit",
          version: props.version,
          changes: { supportDetails: details, secretHandling: secretHandling.trim() || null, versionNumber },
        }),
      });
      const answer = (await response.json().catch(() => ({}))) as { error?: { message: string } };
      if (!response.ok) {
        setError(answer.error?.message ?? `That did not work (HTTP ${response.status}). Reload and try again.`);
        setTimeout(() => errorRef.current?.focus(), 0);
        return;
      }
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void resubmit(e)} aria-label="Change and resubmit" className="space-y-3 rounded border border-amber-300 bg-white p-4">
      <h2 className="text-lg font-semibold">Change your answers and resubmit</h2>
      {props.versionChoices.length > 1 ? (
        <label className="block text-sm">
          <span className="font-medium">Connector version to share</span>
          <select
            value={versionNumber}
            onChange={(e) => setVersionNumber(Number(e.target.value))}
            className="mt-1 block rounded border border-slate-300 px-2 py-1"
          >
            {props.versionChoices.map((n) => (
              <option key={n} value={n}>
                Version {n}
                {n === props.versionNumber ? " (requested now)" : ""}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {DETAILS.map(([key, text, required]) => (
        <label key={key} className="block text-sm">
          <span className="font-medium">{text}</span>
          {required ? <span className="text-red-700"> (required)</span> : null}
          <textarea
            value={details[key] ?? ""}
            required={required}
            onChange={(e) => setDetails({ ...details, [key]: e.target.value })}
            rows={2}
            className="mt-1 block w-full rounded border border-slate-300 p-2"
          />
        </label>
      ))}
      {props.needsSecretHandling ? (
        <label className="block text-sm">
          <span className="font-medium">How the secret is issued, stored and rotated</span>
          <textarea
            value={secretHandling}
            onChange={(e) => setSecretHandling(e.target.value)}
            rows={2}
            className="mt-1 block w-full rounded border border-slate-300 p-2"
          />
        </label>
      ) : null}
      <button type="submit" disabled={busy} className="rounded bg-brand px-3 py-1.5 text-sm text-white disabled:opacity-50">
        Resubmit
      </button>
      {error ? (
        <p ref={errorRef} tabIndex={-1} role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
