import type { TChange } from "@connector-hub/definitions";
import type { DbOrTx } from "../audit/record-audit-event.ts";
import { ownerKey } from "./get-connector-usage.ts";
import type { BreakingImpact, UsageResource } from "./inventory-types.ts";
import { readUsageRows } from "./read-usage-rows.ts";
import { runQueries } from "../run-queries.ts";

export interface AssessBreakingImpactOptions {
  connectorId: string;
  changes: readonly TChange[];
}

const VERBS: Record<string, string> = {
  OperationRemoved: "removed",
  OperationIdChanged: "renamed",
  OperationMethodChanged: "method changed",
  OperationPathChanged: "path changed",
  ActionBecameTrigger: "became a trigger",
  TriggerBecameAction: "became an action",
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const spaced = (code: string) => code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/**
 * For each breaking change, the flows in environments that it reaches: those calling the changed operation, or for a
 * connection-level change (host, authentication) every flow using the connector; with their owners and environments.
 * Changes that reach no flow are left out.
 */
export async function assessBreakingImpact(db: DbOrTx, options: AssessBreakingImpactOptions): Promise<BreakingImpact[]> {
  const breaking = options.changes.filter((c) => c.kind === "breaking");
  if (!breaking.length) return [];
  const opIds = [...new Set(breaking.map((c) => c.operationId).filter((o): o is string => Boolean(o)))];
  const needsAll = breaking.some((c) => !c.operationId);
  const [byOperation, all] = await runQueries(db, [
    () => (opIds.length ? readUsageRows(db, { connectorId: options.connectorId, operationIds: opIds, kind: "FLOW" }) : Promise.resolve([])),
    () => (needsAll ? readUsageRows(db, { connectorId: options.connectorId, kind: "FLOW" }) : Promise.resolve([])),
  ]);
  // One line per operation and code (a removed operation reports once, not once per input it had).
  const seen = new Set<string>();
  const impacts: BreakingImpact[] = [];
  for (const change of breaking) {
    const key = `${change.code}|${change.operationId ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const flows = change.operationId ? byOperation.filter((f) => f.operations.includes(change.operationId!)) : all;
    if (!flows.length) continue;
    impacts.push(describe(change, flows));
  }
  return impacts;
}

function describe(change: TChange, flows: UsageResource[]): BreakingImpact {
  const owners = new Map<string, { label: string; userId: string | null; flowCount: number }>();
  const environments = new Map<string, { name: string; displayName: string; flowCount: number }>();
  for (const f of flows) {
    const o = owners.get(ownerKey(f)) ?? { label: f.owner, userId: f.ownerUserId, flowCount: 0 };
    o.flowCount += 1;
    owners.set(ownerKey(f), o);
    const e = environments.get(f.environmentName) ?? { name: f.environmentName, displayName: f.environmentDisplayName, flowCount: 0 };
    e.flowCount += 1;
    environments.set(f.environmentName, e);
  }
  const what = change.operationId ? `${change.operationId} ${VERBS[change.code] ?? spaced(change.code)}` : `Connection: ${spaced(change.code)}`;
  return {
    code: change.code,
    operationId: change.operationId ?? null,
    message: change.message,
    summary: `${what}: ${plural(flows.length, "flow")} of ${plural(owners.size, "owner")} in ${plural(environments.size, "environment")}`,
    flowCount: flows.length,
    ownerCount: owners.size,
    environmentCount: environments.size,
    flows,
    owners: [...owners.values()].sort((a, b) => b.flowCount - a.flowCount || a.label.localeCompare(b.label)),
    environments: [...environments.values()],
  };
}
