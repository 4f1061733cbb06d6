import type { Db } from "../client.ts";
import type { ConnectorUsage, UsageResource } from "./inventory-types.ts";
import { readUsageRows } from "./read-usage-rows.ts";

export interface GetConnectorUsageOptions {
  connectorId: string;
  /** The operations of the version shown, so those no flow calls are listed as unused. */
  operationIds: string[];
}

/** "Used by": the apps, flows and agents per environment that use a catalog connector, and per operation how many flows call it. */
export async function getConnectorUsage(db: Db, options: GetConnectorUsageOptions): Promise<ConnectorUsage> {
  const [resources, copies, lastRun] = await Promise.all([
    readUsageRows(db, { connectorId: options.connectorId }),
    db.$queryRaw<{ environmentName: string; environmentDisplayName: string | null; name: string }[]>`
      SELECT ic."environmentName", e."displayName" AS "environmentDisplayName", ic.name
      FROM "InventoryConnector" ic LEFT JOIN "InventoryEnvironment" e ON e.name = ic."environmentName"
      WHERE ic."catalogConnectorId" = ${options.connectorId} AND ic."deletedAt" IS NULL ORDER BY e."displayName", ic.name`,
    db.inventorySyncRun.findFirst({ where: { status: "succeeded" }, orderBy: { finishedAt: "desc" }, select: { finishedAt: true } }),
  ]);
  const byEnv = new Map<string, ConnectorUsage["environments"][number]>();
  for (const r of resources) {
    let env = byEnv.get(r.environmentName);
    if (!env) byEnv.set(r.environmentName, (env = { name: r.environmentName, displayName: r.environmentDisplayName, apps: [], flows: [], agents: [] }));
    (r.kind === "APP" ? env.apps : r.kind === "AGENT" ? env.agents : env.flows).push(r);
  }
  const flows = resources.filter((r) => r.kind === "FLOW");
  const count = new Map<string, number>();
  for (const f of flows) for (const op of f.operations) count.set(op, (count.get(op) ?? 0) + 1);
  const known = new Set(options.operationIds);
  const operations = [
    ...options.operationIds.map((operationId) => ({ operationId, flowCount: count.get(operationId) ?? 0, isUnused: !count.get(operationId) })),
    // Called by flows but not in the version shown (removed before, or the copy in the environment is older).
    ...[...count.entries()].filter(([op]) => !known.has(op)).map(([operationId, flowCount]) => ({ operationId, flowCount, isUnused: false })),
  ];
  return {
    copies: copies.map((c) => ({ ...c, environmentDisplayName: c.environmentDisplayName ?? c.environmentName })),
    environments: [...byEnv.values()],
    operations,
    totals: {
      apps: resources.filter((r) => r.kind === "APP").length,
      flows: flows.length,
      agents: resources.filter((r) => r.kind === "AGENT").length,
      owners: new Set(resources.map(ownerKey)).size,
      environments: byEnv.size,
    },
    lastSyncedAt: lastRun?.finishedAt ?? null,
  };
}

export const ownerKey = (r: UsageResource) => r.ownerOid ?? r.owner;
