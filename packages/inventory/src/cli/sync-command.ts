import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createDb } from "@connector-hub/db";
import { connectDatabase, migrateDatabase } from "@connector-hub/db/node";
import { syncEnv, parseInterval } from "../env.ts";
import { createAdminClient } from "../http/admin-client.ts";
import { importCoeExport, type CoeTables } from "../import/import-coe-export.ts";
import { importPowerShellJson } from "../import/import-powershell-json.ts";
import type { ImportResult } from "../import/run-import.ts";
import { runInventorySync, type SyncProgress } from "../sync/run-inventory-sync.ts";
import { createTokenSource } from "../token/create-token-source.ts";

export interface SyncCliOptions {
  powershell?: string[];
  coe?: string;
  every?: string;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

const n = (v: number) => v.toLocaleString("en-US");
export const formatProgress = (p: SyncProgress) =>
  `${p.phase === "environments" ? "listing environments" : `environments ${n(p.environmentsDone)}/${n(p.environmentsTotal)}`} · connectors ${n(p.connectors)} · apps ${n(p.apps)} · flows ${n(p.flows)} · agents ${n(p.agents)} · requests ${n(p.requests)}${p.throttled ? ` (throttled ${n(p.throttled)})` : ""}`;

const COE_TABLES = ["admin_environment", "admin_connector", "admin_app", "admin_flow", "admin_connectionreference", "admin_flowactiondetail"] as const;

function readCoeFolder(folder: string): CoeTables {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`--coe expects a folder of CSV files (one per table); ${folder} is not one.`);
  const tables: CoeTables = {};
  for (const file of readdirSync(folder)) {
    const base = file
      .toLowerCase()
      .replace(/\.csv$/, "")
      .replace(/s$/, "");
    const table = COE_TABLES.find((t) => t === base || base.startsWith(`${t}_`) || base.endsWith(t));
    if (table && file.toLowerCase().endsWith(".csv")) tables[table] = readFileSync(path.join(folder, file), "utf8");
  }
  const missing = COE_TABLES.filter((t) => !tables[t]).filter((t) => t !== "admin_flowactiondetail");
  if (missing.length) throw new Error(`${folder} lacks ${missing.map((t) => `${t}.csv`).join(", ")}: export those tables too (Tables > Export data).`);
  return tables;
}

/**
 * `connector-hub sync`: one inventory sync from the admin APIs (with progress), or an import of a CoE Starter Kit
 * export (--coe <folder>) or admin PowerShell JSON (--powershell <files...>); `--every 6h` (or HUB_SYNC_INTERVAL)
 * keeps syncing on that schedule. Resolves to the exit code.
 */
export async function runSyncCli(options: SyncCliOptions): Promise<number> {
  const out = options.out ?? ((l: string) => process.stdout.write(`${l}\n`));
  const err = options.err ?? ((l: string) => process.stderr.write(`${l}\n`));
  let database: Awaited<ReturnType<typeof connectDatabase>> | undefined;
  try {
    const every = options.every ?? process.env.HUB_SYNC_INTERVAL;
    const intervalMs = every ? parseInterval(every) : null;
    database = await connectDatabase((line) => err(line));
    await migrateDatabase(database.url, () => undefined);
    const db = createDb(database.url, { poolSize: 4 });
    try {
      const report = (what: string, r: ImportResult) => {
        out(`${what}: ${n(r.environments)} environments, ${n(r.connectors)} connectors, ${n(r.apps)} apps, ${n(r.flows)} flows.`);
        for (const w of r.warnings) err(`warning: ${w}`);
      };
      if (options.powershell?.length) {
        report(
          "Imported PowerShell JSON",
          await importPowerShellJson(
            db,
            options.powershell.map((f) => ({ name: path.basename(f), text: readFileSync(f, "utf8") })),
          ),
        );
        return 0;
      }
      if (options.coe) {
        report("Imported CoE Starter Kit export", await importCoeExport(db, readCoeFolder(options.coe)));
        return 0;
      }
      const env = syncEnv();
      const tokens = createTokenSource({
        tenantId: env.HUB_SYNC_TENANT_ID,
        clientId: env.HUB_SYNC_CLIENT_ID,
        clientSecret: env.HUB_SYNC_CLIENT_SECRET,
        ...(env.HUB_SYNC_AUTHORITY ? { authority: env.HUB_SYNC_AUTHORITY } : {}),
        ...(env.HUB_SYNC_CA_FILE ? { caPem: readFileSync(env.HUB_SYNC_CA_FILE, "utf8") } : {}),
      });
      const endpoints = { bap: env.HUB_SYNC_BAP_URL, powerApps: env.HUB_SYNC_POWERAPPS_URL, flow: env.HUB_SYNC_FLOW_URL };
      const isTty = process.stderr.isTTY;
      for (;;) {
        let lastDone = -1;
        const client = createAdminClient({ tokens, concurrency: env.HUB_SYNC_CONCURRENCY });
        const sync = () =>
          runInventorySync({
            db,
            client,
            endpoints,
            onProgress: (p) => {
              if (isTty) process.stderr.write(`\r${formatProgress(p)}\u001b[K`);
              else if (p.environmentsDone !== lastDone) err(formatProgress(p));
              lastDone = p.environmentsDone;
            },
          });
        // On a schedule, one failed run (throttling that outlasted its retries, an API down) is said and the next
        // run resumes where it stopped; only a single run ends with the error.
        const result = intervalMs
          ? await sync().catch((error: unknown) => {
              if (isTty) process.stderr.write("\n");
              err(`error: ${(error as Error).message} (the next run resumes from the last page stored)`);
              return null;
            })
          : await sync();
        if (isTty) process.stderr.write("\n");
        if (result) {
          out(
            `Synced${result.resumed ? " (resumed)" : ""} in ${(result.durationMs / 1000).toFixed(1)} s: ${formatProgress(result)}; ${n(result.detailsFetched)} changed item(s) read in full.`,
          );
          for (const line of result.agentsUnreadable) err(`warning: agents not read in ${line}`);
        }
        if (!intervalMs) return 0;
        out(`Next sync in ${every} (HUB_SYNC_INTERVAL).`);
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      }
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    err(`error: ${(error as Error).message}`);
    return 1;
  } finally {
    await database?.stop();
  }
}
