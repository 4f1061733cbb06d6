"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

/** The answer of GET /api/v1/shares/{id}/revocation-impact (RevocationImpact in the hub's OpenAPI). */
interface RevocationImpact {
  people: {
    userId: string;
    displayName: string;
    upn: string;
    flowCount: number;
    appCount: number;
    agentCount: number;
    resources: {
      kind: "APP" | "FLOW" | "AGENT";
      name: string;
      displayName: string;
      environmentName: string;
      environmentDisplayName: string;
      state: string | null;
    }[];
  }[];
  totals: { reached: number; people: number; flows: number; apps: number; agents: number; environments: number };
  truncated: boolean;
  lastSyncedAt: string | null;
  summary: string;
}

type State =
  | { step: "idle"; error: string | null }
  | { step: "loading" }
  | { step: "confirm"; impact: RevocationImpact; error: string | null }
  | { step: "revoking"; impact: RevocationImpact };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const KIND_LABEL = { FLOW: "Flow", APP: "App", AGENT: "Agent" } as const;

const stopping = (p: { flowCount: number; appCount: number; agentCount: number }) => {
  const parts = [
    p.flowCount ? plural(p.flowCount, "flow") : null,
    p.appCount ? plural(p.appCount, "app") : null,
    p.agentCount ? plural(p.agentCount, "agent") : null,
  ].filter((s): s is string => s !== null);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
};

async function errorOf(response: Response, what: string) {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `${what} (HTTP ${response.status}).`;
}

/**
 * Revokes one share through the REST API after showing its impact: who loses access (no other way to read the
 * connector) and which of their flows, apps and agents stop, from the inventory. "Revoke" confirms, "Cancel" keeps the share.
 */
export function RevokeShareButton({ shareId, label }: { shareId: string; label: string }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ step: "idle", error: null });
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const summaryId = useId();
  const open = state.step === "confirm" || state.step === "revoking";

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  async function preview() {
    setState({ step: "loading" });
    const response = await fetch(`/api/v1/shares/${encodeURIComponent(shareId)}/revocation-impact`);
    if (!response.ok) {
      setState({ step: "idle", error: await errorOf(response, "The impact of revoking could not be read") });
      return;
    }
    setState({ step: "confirm", impact: (await response.json()) as RevocationImpact, error: null });
  }

  function cancel() {
    setState({ step: "idle", error: null });
    // Back where the person was, once the trigger is shown again.
    requestAnimationFrame(() => trigger.current?.focus());
  }

  async function revoke(impact: RevocationImpact) {
    setState({ step: "revoking", impact });
    const response = await fetch(`/api/v1/shares/${encodeURIComponent(shareId)}`, { method: "DELETE" });
    if (!response.ok) {
      setState({ step: "confirm", impact, error: await errorOf(response, "The share could not be revoked") });
      return;
    }
    setState({ step: "idle", error: null });
    router.refresh();
  }

  return (
    <>
      {open ? null : (
        <span className="inline-flex items-center gap-2">
          <button
            ref={trigger}
            type="button"
            onClick={preview}
            disabled={state.step === "loading"}
            aria-label={`Revoke access for ${label}`}
            className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50"
          >
            {state.step === "loading" ? "Checking…" : "Revoke"}
          </button>
          {state.step === "idle" && state.error ? (
            <span role="alert" className="text-xs text-red-700">
              {state.error}
            </span>
          ) : null}
        </span>
      )}
      {open ? (
        <div
          ref={panel}
          role="alertdialog"
          aria-labelledby={headingId}
          aria-describedby={summaryId}
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === "Escape" && state.step === "confirm") cancel();
          }}
          className="basis-full rounded border border-red-300 bg-red-50 p-3 text-sm text-slate-900"
        >
          <h3 id={headingId} className="font-semibold">
            Revoke access for {label}?
          </h3>
          <p id={summaryId} data-testid="revocation-summary" className="mt-1">
            {state.impact.summary}
          </p>
          <ImpactDetails impact={state.impact} />
          {state.step === "confirm" && state.error ? (
            <p role="alert" className="mt-2 text-red-700">
              {state.error}
            </p>
          ) : null}
          <div className="mt-3 flex gap-2">
            <button
              type="button"
              onClick={() => revoke(state.impact)}
              disabled={state.step === "revoking"}
              className="rounded bg-red-700 px-3 py-1 text-white hover:bg-red-800 disabled:opacity-50"
            >
              {state.step === "revoking" ? "Revoking…" : "Revoke"}
            </button>
            <button
              type="button"
              onClick={cancel}
              disabled={state.step === "revoking"}
              className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50 disabled:opacity-50"
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}

function ImpactDetails({ impact }: { impact: RevocationImpact }) {
  const keep = impact.totals.reached - impact.totals.people;
  return (
    <>
      {impact.lastSyncedAt === null ? (
        <p className="mt-1 text-slate-700">
          No inventory sync yet, so the hub does not know which flows, apps and agents use this connector: do not read the lists below as &ldquo;nothing
          stops&rdquo;. An administrator runs <code>npx connector-hub sync</code> (or imports an export) to find out.
        </p>
      ) : null}
      {impact.people.length > 0 ? (
        <>
          <h4 className="mt-2 font-medium">Who loses access</h4>
          <ul aria-label="Who loses access" className="mt-1 space-y-1">
            {impact.people.map((person) => (
              <li key={person.userId}>
                <span className="font-medium">{person.displayName}</span> <span className="text-slate-600">({person.upn})</span>
                {impact.lastSyncedAt !== null ? (
                  <span className="text-slate-600">
                    {" "}
                    ·{" "}
                    {person.flowCount + person.appCount + person.agentCount === 0 ? "no flows, apps or agents use this connector" : `${stopping(person)} stop`}
                  </span>
                ) : null}
                {person.resources.length > 0 ? (
                  <ul aria-label={`Flows, apps and agents of ${person.displayName} that stop`} className="ml-5 list-disc">
                    {person.resources.map((r) => (
                      <li key={`${r.environmentName}/${r.kind}/${r.name}`}>
                        {KIND_LABEL[r.kind]} {r.displayName} ({r.environmentDisplayName})
                        {r.state && r.state !== "Started" && r.state !== "Active" ? ` · ${r.state}` : ""}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {impact.truncated ? <p className="mt-1 text-slate-700">Only the first ones are listed; the totals above count everyone.</p> : null}
      {keep > 0 ? (
        <p className="mt-1 text-slate-700">
          {impact.totals.people > 0 ? plural(keep, "other person", "other people") : plural(keep, "person", "people")} it reaches{" "}
          {keep === 1 ? "keeps" : "keep"} access another way (the owner, another share, a group, the organization, or administrators).
        </p>
      ) : null}
    </>
  );
}
