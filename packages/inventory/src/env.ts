import { z } from "zod";
import { PUBLIC_CLOUD } from "./http/admin-client.ts";

/** "6h", "30m", "90s", "1d" or plain seconds → milliseconds. */
export function parseInterval(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$/i.exec(text);
  if (!m) throw new Error(`HUB_SYNC_INTERVAL must be a duration like 6h, 30m, 90s or 1d (got "${text}").`);
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? "s").toLowerCase() as "s"];
  const ms = Number(m[1]) * unit * 1000;
  if (ms < 60_000) throw new Error(`HUB_SYNC_INTERVAL must be a minute or more (got "${text}"): the admin APIs throttle frequent full listings.`);
  return ms;
}

const ZSyncEnv = z.object({
  HUB_SYNC_TENANT_ID: z.string().min(1, "HUB_SYNC_TENANT_ID (your Entra tenant id) is not set."),
  HUB_SYNC_CLIENT_ID: z.string().min(1, "HUB_SYNC_CLIENT_ID (the sync app registration's client id) is not set."),
  HUB_SYNC_CLIENT_SECRET: z.string().min(1, "HUB_SYNC_CLIENT_SECRET (the sync app registration's secret) is not set."),
  HUB_SYNC_AUTHORITY: z.string().url().optional(),
  HUB_SYNC_CA_FILE: z.string().optional(),
  HUB_SYNC_BAP_URL: z.string().url().default(PUBLIC_CLOUD.bap),
  HUB_SYNC_POWERAPPS_URL: z.string().url().default(PUBLIC_CLOUD.powerApps),
  HUB_SYNC_FLOW_URL: z.string().url().default(PUBLIC_CLOUD.flow),
  HUB_SYNC_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
});

export type TSyncEnv = z.infer<typeof ZSyncEnv>;

/** The sync's settings, read once; a missing one is named with what to set. */
export function syncEnv(env: NodeJS.ProcessEnv = process.env): TSyncEnv {
  const parsed = ZSyncEnv.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join(" "));
  return parsed.data;
}
