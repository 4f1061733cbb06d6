import "server-only";
import {
  AppError,
  claimMcpRediscoveries,
  getTestTarget,
  recordMcpDiscovery,
  recordMcpRediscoveryOutcome,
  type Db,
  type SharingNotifyOptions,
} from "@connector-hub/db";
import { findMcpOperations, type TJsonObject } from "@connector-hub/definitions";
import { testCallsAllowLoopback } from "../env.ts";
import type { LookupAll } from "../test-calls/check-target.ts";
import { discoverMcpServer } from "./discover-mcp-server.ts";
import { openSavedTestConnection } from "./saved-test-connection.ts";

/** "6h", "30m", "1d" (a minute at least) → milliseconds; "", "off" or unset → null (no schedule). */
export function parseDiscoveryInterval(text: string | undefined): number | null {
  if (!text || /^\s*(off|0)\s*$/i.test(text)) return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$/i.exec(text);
  if (!m) throw new AppError("BAD_REQUEST", `HUB_MCP_DISCOVERY_INTERVAL must be a duration like 6h, 30m or 1d, or off (got "${text}").`);
  const ms = Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? "s").toLowerCase() as "s"] * 1000;
  if (ms < 60_000) throw new AppError("BAD_REQUEST", `HUB_MCP_DISCOVERY_INTERVAL must be a minute or more (got "${text}").`);
  return ms;
}

export interface RediscoverMcpConnectorsOptions {
  db: Db;
  intervalMs: number;
  now?: Date;
  /** Per server, connect to last page (default 20 s, as an editor's discovery). */
  timeoutMs?: number;
  lookup?: LookupAll;
  notify?: SharingNotifyOptions;
}

export type RediscoveryOutcome =
  { slug: string; outcome: "recorded"; toolCount: number; changes: number; reopened: boolean } | { slug: string; outcome: "failed"; message: string };

/**
 * One pass of the scheduled re-discovery: every MCP connector with a saved test connection that was not discovered
 * within the interval is claimed and discovered again, one after the other, each within its own deadline, through the
 * same outbound checks as an editor's discovery (the connector's own host, public addresses; loopback only for a
 * seeded sample), and recorded through recordMcpDiscovery (diffed against the previous list; a new tool the approved
 * decision did not cover reopens the review). One connector's failure is kept on its row and does not stop the others.
 */
export async function rediscoverMcpConnectors(options: RediscoverMcpConnectorsOptions): Promise<RediscoveryOutcome[]> {
  const { db } = options;
  const claimed = await claimMcpRediscoveries(db, { intervalMs: options.intervalMs, ...(options.now ? { now: options.now } : {}) });
  const outcomes: RediscoveryOutcome[] = [];
  for (const { connectorId, slug } of claimed) {
    try {
      const target = await getTestTarget(db, slug);
      const definition = target?.definition as TJsonObject | undefined;
      const endpoint = definition ? findMcpOperations(definition)[0]?.endpoint : undefined;
      if (!target || !definition || !endpoint) throw new AppError("UNPROCESSABLE", `${slug} is no longer an MCP connector; nothing was discovered.`);
      const connection = (await openSavedTestConnection(db, connectorId)) ?? {};
      const result = await discoverMcpServer({
        endpoint,
        connectorHost: target.connector.host,
        definition,
        connection,
        allowLoopback: testCallsAllowLoopback() && target.connector.isSample,
        timeoutMs: options.timeoutMs ?? 20_000,
        ...(options.lookup ? { lookup: options.lookup } : {}),
      });
      const row = await recordMcpDiscovery(db, { connectorId, discoveredById: null, result, ...(options.notify ? { notify: options.notify } : {}) });
      await recordMcpRediscoveryOutcome(db, { connectorId, error: null });
      outcomes.push({ slug, outcome: "recorded", toolCount: row.toolCount, changes: (row.changes as unknown[]).length, reopened: Boolean(row.reopened) });
    } catch (error) {
      // What the hub can say (unreachable, refused, not MCP) is kept; anything else is named without its details.
      const message = error instanceof AppError ? error.message : "The re-discovery failed unexpectedly; see the hub's log.";
      await recordMcpRediscoveryOutcome(db, { connectorId, error: message }).catch(() => undefined);
      outcomes.push({ slug, outcome: "failed", message });
    }
  }
  return outcomes;
}
