import type { ConnectorUsage, UsageResource } from "@connector-hub/db";
import { TableHead } from "@/components/table-head.tsx";

const MAX_ROWS = 100;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

function ResourceRows({ rows, label }: { rows: UsageResource[]; label: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm" aria-label={label}>
        <TableHead gap="pr-4" columns={["Name", "Owner", "Last modified", "Operations called"]} />
        <tbody>
          {rows.slice(0, MAX_ROWS).map((r) => (
            <tr key={r.name} className="border-b align-top">
              <td className="py-2 pr-4">
                {r.displayName}
                {r.state && r.state !== "Started" && r.state !== "Active" ? <span className="ml-2 text-xs text-amber-700">{r.state.toLowerCase()}</span> : null}
              </td>
              <td className="py-2 pr-4">{r.owner}</td>
              <td className="py-2 pr-4">{day(r.modifiedAt)}</td>
              <td className="py-2 pr-4">
                {r.kind === "FLOW" ? (
                  r.operations.join(", ") || "—"
                ) : (
                  <span className="text-slate-500">not exposed for {r.kind === "APP" ? "apps" : "agents"}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS ? (
        <p className="py-1 text-sm text-slate-500">and {rows.length - MAX_ROWS} more (GET /api/v1/connectors/…/usage lists all)</p>
      ) : null}
    </div>
  );
}

/**
 * "Used by": the apps, flows and Copilot Studio agents of the synced environments that use this connector, and per
 * operation how many flows call it.
 */
export function UsedBy({ usage }: { usage: ConnectorUsage }) {
  if (usage.copies.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        Not found in any synced environment{usage.lastSyncedAt ? ` (last sync ${usage.lastSyncedAt.toISOString().slice(0, 16).replace("T", " ")} UTC)` : ""}. An
        administrator runs <code>npx connector-hub sync</code> (or imports a CoE Starter Kit or PowerShell export) to see which apps, flows and agents use it.
      </p>
    );
  }
  const { totals } = usage;
  return (
    <div className="space-y-4">
      <p className="text-sm" data-testid="usage-totals">
        {plural(totals.flows, "flow")}, {plural(totals.apps, "app")} and {plural(totals.agents, "agent")} of {plural(totals.owners, "owner")} in{" "}
        {plural(totals.environments, "environment")}
        {usage.lastSyncedAt ? (
          <span className="text-slate-500"> · inventory of {usage.lastSyncedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</span>
        ) : null}
      </p>
      <div className="overflow-x-auto">
        <table className="border-collapse bg-white text-sm" aria-label="Flows per operation">
          <TableHead gap="pr-6" columns={["Operation", "Flows calling it"]} />
          <tbody>
            {usage.operations.map((op) => (
              <tr key={op.operationId} className="border-b">
                <td className="py-1.5 pr-6">
                  <code>{op.operationId}</code>
                </td>
                <td className="py-1.5 pr-6">{op.isUnused ? <span className="text-slate-500">unused</span> : op.flowCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {usage.environments.map((env) => (
        <section key={env.name} aria-label={`Used in ${env.displayName}`} className="space-y-2">
          <h3 className="font-medium">
            {env.displayName}{" "}
            <span className="text-sm font-normal text-slate-500">
              ({plural(env.flows.length, "flow")}, {plural(env.apps.length, "app")}, {plural(env.agents.length, "agent")})
            </span>
          </h3>
          {env.flows.length ? <ResourceRows rows={env.flows} label={`Flows in ${env.displayName}`} /> : null}
          {env.apps.length ? <ResourceRows rows={env.apps} label={`Apps in ${env.displayName}`} /> : null}
          {env.agents.length ? <ResourceRows rows={env.agents} label={`Agents in ${env.displayName}`} /> : null}
        </section>
      ))}
    </div>
  );
}
