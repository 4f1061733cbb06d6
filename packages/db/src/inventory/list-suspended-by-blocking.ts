import type { Db } from "../client.ts";
import type { UsageResource } from "./inventory-types.ts";
import { readUsageRows } from "./read-usage-rows.ts";

export interface SuspendedByPolicy {
  apps: number;
  flows: number;
  /** The first `limit` of them, flows first. */
  items: (Pick<UsageResource, "kind" | "displayName" | "environmentDisplayName" | "owner"> & { connector: string })[];
}

/**
 * DLP what-if (#20): the apps and flows in environments that use a connector the draft would block; the platform
 * suspends those. (A business/non-business mix inside one flow suspends it too; the inventory does not classify
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
  const all = [...seen.values()].sort((a, b) => (a.kind === b.kind ? a.displayName.localeCompare(b.displayName) : a.kind === "FLOW" ? -1 : 1));
  return { apps: all.filter((i) => i.kind === "APP").length, flows: all.filter((i) => i.kind === "FLOW").length, items: all.slice(0, limit) };
}
