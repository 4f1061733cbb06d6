"use client";

import { useQuery } from "@tanstack/react-query";
import type { TInventorySyncRun } from "@/server/inventory/schemas.ts";

type SyncRun = TInventorySyncRun;

const SOURCE: Record<string, string> = { api: "Admin APIs", coe: "CoE Starter Kit import", powershell: "PowerShell export import", seed: "Demo tenant" };
const STATUS: Record<SyncRun["status"], [string, string]> = {
  running: ["Running", "bg-sky-100 text-sky-900"],
  succeeded: ["Succeeded", "bg-green-100 text-green-900"],
  failed: ["Failed", "bg-red-100 text-red-900"],
  stalled: ["Stalled", "bg-amber-100 text-amber-900"],
};
const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
const n = (v: number) => v.toLocaleString("en");

/**
 * Issue #20: where the inventory of environments stands. The newest sync or import with its progress (refreshed every
 * three seconds while a sync runs, as it commits each page), why it failed or stalled and what to do, and the ones
 * before it.
 */
export function InventorySyncStatus({ initial }: { initial: SyncRun[] }) {
  const query = useQuery({
    queryKey: ["inventory-sync-runs"],
    queryFn: async (): Promise<SyncRun[]> => {
      const response = await fetch("/api/v1/inventory/sync-runs", { cache: "no-store" });
      if (!response.ok) throw new Error(`The sync's progress could not be read (HTTP ${response.status}).`);
      return ((await response.json()) as { runs: SyncRun[] }).runs;
    },
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.[0]?.status === "running" ? 3000 : false),
  });
  const runs = query.data;
  const latest = runs[0];
  return (
    <section aria-labelledby="inventory-sync" className="space-y-3" data-testid="inventory-sync">
      <h2 id="inventory-sync" className="text-lg font-semibold">
        Inventory of environments
      </h2>
      {!latest ? (
        <p className="text-sm text-slate-600">
          No sync yet: run <code>npx connector-hub sync</code> (or import a CoE Starter Kit or PowerShell export) to see which apps, flows and agents use each
          connector.
        </p>
      ) : (
        <div className="max-w-3xl space-y-2 rounded border border-slate-200 bg-white p-3 text-sm" aria-live="polite">
          <p>
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS[latest.status][1]}`} data-testid="sync-status">
              {STATUS[latest.status][0]}
            </span>
            <span className="ml-2">
              {SOURCE[latest.source] ?? latest.source}, started {when(latest.startedAt)}
              {latest.finishedAt ? `, finished ${when(latest.finishedAt)}` : `, last progress ${when(latest.heartbeatAt)}`}
            </span>
          </p>
          {latest.status === "running" || latest.status === "stalled" ? (
            <label className="flex items-center gap-2">
              <span>
                Environments {n(latest.environmentsDone)} of {n(latest.environmentsTotal)}
                {latest.phase ? ` (${latest.phase})` : ""}
              </span>
              <progress max={Math.max(latest.environmentsTotal, 1)} value={latest.environmentsDone} className="w-48" />
            </label>
          ) : null}
          <p className="text-slate-700">
            {n(latest.connectors)} connectors, {n(latest.apps)} apps, {n(latest.flows)} flows, {n(latest.agents)} agents
            {latest.requests > 0 ? ` · ${n(latest.requests)} requests, ${n(latest.throttled)} throttled` : ""}
          </p>
          {latest.agentsUnreadable.length > 0 ? (
            <div role="status" className="text-amber-900">
              <p>
                Agents not read in {latest.agentsUnreadable.length === 1 ? "one environment" : `${n(latest.agentsUnreadable.length)} environments`}; their
                agents stay as last read:
              </p>
              <ul className="ml-5 list-disc">
                {latest.agentsUnreadable.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {latest.status === "stalled" ? (
            <p role="status" className="text-amber-900">
              It stopped committing pages at {when(latest.heartbeatAt)} (its process ended). The next <code>npx connector-hub sync</code> resumes where it
              stopped.
            </p>
          ) : null}
          {latest.status === "failed" && latest.error ? (
            <p role="status" className="text-red-700">
              {latest.error} The next <code>npx connector-hub sync</code> resumes where it stopped.
            </p>
          ) : null}
        </div>
      )}
      {runs.length > 1 ? (
        <details className="text-sm">
          <summary>Earlier runs ({runs.length - 1})</summary>
          <ul className="ml-5 list-disc">
            {runs.slice(1).map((r) => (
              <li key={r.id}>
                {STATUS[r.status][0]}: {SOURCE[r.source] ?? r.source}, {when(r.startedAt)}; {n(r.apps)} apps, {n(r.flows)} flows, {n(r.agents)} agents
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
