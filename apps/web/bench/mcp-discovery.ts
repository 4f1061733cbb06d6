// Bench (issue 24): discovery of an MCP server listing 1,000 tools (10 pages of 100) over loopback, and the
// agent-readiness check of 1,000 tool schemas. Run: npm run bench:mcp -w @connector-hub/web (figures: BENCHMARKS.md).
import { checkMcpTools } from "@connector-hub/definitions";
import { discoverMcpServer } from "../src/server/mcp/discover-mcp-server.ts";
import { makeTools, startScriptedServer } from "../test/support/mcp-test-servers.ts";

const TOOLS = 1000;
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Tool schemas like real servers': a few typed inputs with descriptions, one in ten with a $ref, one in five with an enum. */
function realisticTools(count: number): Record<string, unknown>[] {
  return makeTools(count).map((tool, i) => ({
    ...tool,
    inputSchema: {
      type: "object",
      properties: {
        id: { type: "string", description: "The record's id." },
        top: { type: "integer", minimum: 1, maximum: 100, description: "How many to return." },
        status: i % 5 === 0 ? { type: "string", enum: ["open", "closed"], description: "Status." } : { type: "string", description: "Status." },
        filter: i % 10 === 0 ? { $ref: "#/$defs/Filter" } : { type: "object", properties: { field: { type: "string" }, value: { type: "string" } } },
      },
      required: ["id"],
      ...(i % 10 === 0 ? { $defs: { Filter: { type: "object", properties: { field: { type: "string" } } } } } : {}),
    },
    outputSchema: { type: "object", properties: { items: { type: "array", items: { type: "object", properties: { id: { type: "string" } } } } } },
  }));
}

const tools = realisticTools(TOOLS);
const server = await startScriptedServer({ tools, pageSize: 100 });
try {
  const times: number[] = [];
  let peakRss = 0;
  const before = process.memoryUsage().rss;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = await discoverMcpServer({
      endpoint: server.url,
      connectorHost: server.host,
      definition: {},
      connection: {},
      allowLoopback: true,
      timeoutMs: 60_000,
    });
    times.push(performance.now() - started);
    if (result.tools.length !== TOOLS) throw new Error(`discovered ${result.tools.length} tools, expected ${TOOLS}`);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const checks: number[] = [];
  let notReady = 0;
  for (let i = 0; i < RUNS * 3; i++) {
    const started = performance.now();
    const check = checkMcpTools({ tools: { tools } as never });
    checks.push(performance.now() - started);
    notReady = check.notReady.length;
  }
  const json = Buffer.byteLength(JSON.stringify({ tools }));
  console.log(
    JSON.stringify(
      {
        tools: TOOLS,
        pages: TOOLS / 100,
        toolListBytes: json,
        discoveryMedianMs: Math.round(median(times)),
        discoveryMinMs: Math.round(Math.min(...times)),
        rssBeforeMb: Math.round(before / 1048576),
        rssPeakMb: Math.round(peakRss / 1048576),
        readinessMedianMs: Math.round(median(checks) * 10) / 10,
        readinessNotReady: notReady,
        runs: RUNS,
      },
      null,
      2,
    ),
  );
} finally {
  await server.close();
}
