import type { Db } from "../client.ts";
import type { UsageResource } from "./inventory-types.ts";
import { readUsageRows } from "./read-usage-rows.ts";

export interface SuspendedByPolicy {
  apps: number;
  flows: number;
  /** Copilot Studio agents using a connector the draft blocks: data policies apply to agents and their tools too. */
  agents: number;
  /** The first `limit` of them: flows, then apps, then agents. */
  items: (Pick<UsageResource, "kind" | "displayName" | "environmentDisplayName" | "owner"> & { connector: string })[];
}

/**
 * DLP what-if (#20): the apps, flows and agents in environments that use a connector the draft would block; the
 * platform suspends the flows and apps, and Copilot Studio enforces the policy on the agents' tools. (A business/non-business mix inside one flow suspends it too; the inventory does not classify
 * the standard connectors a flow also uses, so that case is not counted.)
 */
export async function listSuspendedByBlocking(db: Db, blocked: { id: string; title: string }[], limit = 50): Promise<SuspendedByPolicy> {
  const seen = new Map<string, SuspendedByPolicy["items"][number]>();
  for (const c of blocked) {
    for (const r of await readUsageRows(db, { connectorId: c.id })) {
      const key = `${r.kind}/${r.environmentName}/${r.name}`;
      if (!seen.has(key))
        seen.set(key, { kind: r.kind, displayName: r.displayName, environmentDisplayName: r.environmentDisplayName, owner: r.owner, connector: c.title });
    }
  }
  const rank = { FLOW: 0, APP: 1, AGENT: 2 } as const;
  const all = [...seen.values()].sort((a, b) => rank[a.kind] - rank[b.kind] || a.displayName.localeCompare(b.displayName));
  const count = (kind: keyof typeof rank) => all.filter((i) => i.kind === kind).length;
  return { apps: count("APP"), flows: count("FLOW"), agents: count("AGENT"), items: all.slice(0, limit) };
}
