import type { Db } from "@connector-hub/db";
import type { TConnectorItem, TEnvironmentItem, TResourceItem } from "../parse/types.ts";
import { readDefinitionFacts } from "../parse/parse-connector.ts";
import { markUnseenDeleted, matchCatalogConnectors, saveConnectors, saveEnvironments, saveResources } from "../sync/save-inventory-page.ts";

export interface InventoryBatch {
  environments: TEnvironmentItem[];
  /** Per environment name. */
  connectors: Map<string, { item: TConnectorItem; definition: Record<string, unknown> | null }[]>;
  resources: Map<string, TResourceItem[]>;
  /** Which streams the export covers: only those are reconciled (what they lack is marked deleted). */
  covers: { connectors: boolean; apps: boolean; flows: boolean };
}

export interface ImportResult {
  runId: string;
  environments: number;
  connectors: number;
  apps: number;
  flows: number;
  warnings: string[];
}

/** Writes an imported export in one transaction (all or nothing), as a run of its own source. */
export async function runImport(db: Db, source: "coe" | "powershell", batch: InventoryBatch, warnings: string[]): Promise<ImportResult> {
  const run = await db.inventorySyncRun.create({ data: { source, status: "running" } });
  const counts = { environments: batch.environments.length, connectors: 0, apps: 0, flows: 0 };
  try {
    await db.$transaction(
      async (tx) => {
        await saveEnvironments(tx, run.id, batch.environments, { fromImport: true });
        const envNames = new Set([...batch.environments.map((e) => e.name), ...batch.connectors.keys(), ...batch.resources.keys()]);
        for (const env of envNames) {
          const connectors = batch.connectors.get(env) ?? [];
          await saveConnectors(
            tx,
            run.id,
            env,
            connectors.map((c) => ({ item: c.item, definition: c.definition, facts: readDefinitionFacts(c.definition) })),
          );
          counts.connectors += connectors.length;
          const resources = batch.resources.get(env) ?? [];
          const apps = resources.filter((r) => r.kind === "APP").map((r) => ({ ...r, usages: r.usages ?? [] }));
          const flows = resources.filter((r) => r.kind === "FLOW").map((r) => ({ ...r, usages: r.usages ?? [] }));
          await saveResources(tx, run.id, env, "APP", apps);
          await saveResources(tx, run.id, env, "FLOW", flows);
          counts.apps += apps.length;
          counts.flows += flows.length;
          if (batch.covers.connectors) await markUnseenDeleted(tx, run.id, env, "connectors");
          if (batch.covers.apps) await markUnseenDeleted(tx, run.id, env, "APP");
          if (batch.covers.flows) await markUnseenDeleted(tx, run.id, env, "FLOW");
        }
        await matchCatalogConnectors(tx);
        await tx.inventorySyncRun.update({
          where: { id: run.id },
          data: { status: "succeeded", finishedAt: new Date(), progress: { phase: "done", ...counts, warnings } },
        });
      },
      { timeout: 600_000 },
    );
  } catch (error) {
    await db.inventorySyncRun
      .update({ where: { id: run.id }, data: { status: "failed", error: (error as Error).message.slice(0, 2000) } })
      .catch(() => undefined);
    throw error;
  }
  return { runId: run.id, ...counts, warnings };
}
