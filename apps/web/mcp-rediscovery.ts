// The scheduled MCP re-discovery (issue 24) in a process of its own beside the web server, as `connector-hub sync
// --every` is for the inventory: every HUB_MCP_DISCOVERY_INTERVAL (6h, 1d; unset or "off": no schedule) it
// re-discovers each MCP connector with a saved test connection (rediscoverMcpConnectors). It looks for due connectors
// every quarter interval (at most every 15 minutes); what is due is data (the newest discovery, the row's claim), so
// several instances, a restart or a crash run each connector once per interval. `--once`: one pass, then exit (cron).
// Started by `npm start` when the interval is set, as `node --conditions=react-server --import tsx mcp-rediscovery.ts`:
// the condition makes "server-only" the empty module it is in the app's server bundle.
import { db } from "./src/server/db.ts";
import { logger } from "./src/server/logger.ts";
import { parseDiscoveryInterval, rediscoverMcpConnectors } from "./src/server/mcp/rediscover-mcp-connectors.ts";
import { sharingNotifyOptions } from "./src/server/sharing-actor.ts";

const log = logger.child({ job: "mcp-rediscovery" });
const isOnce = process.argv.includes("--once");
let intervalMs: number | null;
try {
  intervalMs = parseDiscoveryInterval(process.env.HUB_MCP_DISCOVERY_INTERVAL) ?? (isOnce ? 24 * 3_600_000 : null);
} catch (error) {
  console.error(`[mcp-rediscovery] error: ${(error as Error).message}`);
  process.exit(2);
}
if (intervalMs === null) {
  console.log("[mcp-rediscovery] HUB_MCP_DISCOVERY_INTERVAL is not set: no scheduled re-discovery.");
  process.exit(0);
}

async function pass(every: number) {
  try {
    const outcomes = await rediscoverMcpConnectors({ db: db(), intervalMs: every, notify: sharingNotifyOptions() });
    for (const o of outcomes) {
      if (o.outcome === "failed") log.warn(o, "re-discovery failed");
      else log.info(o, "re-discovered");
    }
  } catch (error) {
    // The database away, say: the next look resumes, since nothing was claimed or every claim lapses with the interval.
    log.error({ err: error }, "re-discovery pass failed");
  }
}

const every = intervalMs;
const lookEvery = Math.min(every / 4, 15 * 60_000);
let isStopping = false;
let isRunning = false;
// Stopped while waiting: at once; while a pass runs: after it (each server has its own deadline).
const stop = () => (isRunning ? (isStopping = true) : process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
const run = async () => {
  isRunning = true;
  await pass(every);
  isRunning = false;
};
await run();
while (!isOnce && !isStopping) {
  await new Promise((resolve) => setTimeout(resolve, lookEvery));
  if (!isStopping) await run();
}
await db().$disconnect();
process.exit(0);
