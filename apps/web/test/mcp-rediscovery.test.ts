// The scheduled re-discovery (issue 24): one pass against real MCP servers on loopback re-discovers every connector
// with a saved test connection, records a changed tool list with its diff, keeps a failing server's error on its row
// without stopping the others, and runs each connector once per interval.
import { listMcpDiscoveries, registerSampleConnectors, saveMcpTestConnection } from "@connector-hub/db";
import { buildMcpApiProperties, buildMcpSwagger } from "@connector-hub/sample-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDiscoveryInterval, rediscoverMcpConnectors } from "../src/server/mcp/rediscover-mcp-connectors.ts";
import { sealTestConnection } from "../src/server/mcp/saved-test-connection.ts";
import { makeTools, startScriptedServer, type ScriptedServer } from "./support/mcp-test-servers.ts";
import { startTestHub, type TestHub } from "./support/test-hub.ts";

const KEY = "sched-key-19fe03";
const HOUR = 3_600_000;

describe("scheduled MCP re-discovery", () => {
  let hub: TestHub;
  let changing: ScriptedServer;
  let hanging: ScriptedServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    hub = await startTestHub();
    changing = await startScriptedServer({ tools: makeTools(3), pageSize: 10, apiKey: KEY });
    hanging = await startScriptedServer({ tools: makeTools(1), pageSize: 10, apiKey: KEY });
    hanging.mode = "hang";
    const keyed = (server: ScriptedServer) => ({
      ...(buildMcpSwagger({ publicUrl: `http://${server.host}` }) as Record<string, unknown>),
      securityDefinitions: { api_key: { type: "apiKey", in: "header", name: "x-api-key" } },
      security: [{ api_key: [] }],
    });
    await registerSampleConnectors(hub.db, {
      definitions: [
        { variant: "mcp-changing", swagger: keyed(changing) as never, apiProperties: buildMcpApiProperties() },
        { variant: "mcp-hanging", swagger: keyed(hanging) as never, apiProperties: buildMcpApiProperties() },
        { variant: "mcp-unsaved", swagger: keyed(changing) as never, apiProperties: buildMcpApiProperties() },
      ],
    });
    for (const variant of ["mcp-changing", "mcp-hanging", "mcp-unsaved"]) {
      ids[variant] = (await hub.db.connector.findUniqueOrThrow({ where: { slug: `sample-inventory-${variant}` } })).id;
    }
    for (const variant of ["mcp-changing", "mcp-hanging"]) {
      await saveMcpTestConnection(hub.db, { connectorId: ids[variant]!, ...sealTestConnection(ids[variant]!, { apiKey: KEY }), savedById: null });
    }
  });

  afterAll(async () => {
    await Promise.all([changing?.close(), hanging?.close()]);
    await hub?.stop();
  });

  it("re-discovers with the saved key, records a changed list with its diff, and keeps going past a hanging server", async () => {
    const start = new Date();
    const first = await rediscoverMcpConnectors({ db: hub.db, intervalMs: 6 * HOUR, now: start, timeoutMs: 1500 });
    expect(first).toEqual([
      { slug: "sample-inventory-mcp-changing", outcome: "recorded", toolCount: 3, changes: 0, reopened: false },
      { slug: "sample-inventory-mcp-hanging", outcome: "failed", message: expect.stringMatching(/within 1.5 seconds; nothing was stored/) },
    ]);
    const hangingRow = await hub.db.mcpTestConnection.findUniqueOrThrow({ where: { connectorId: ids["mcp-hanging"]! } });
    expect(hangingRow.lastScheduledError).toMatch(/did not finish answering/);
    // No saved connection, no scheduled discovery.
    expect(await hub.db.mcpDiscovery.count({ where: { connectorId: ids["mcp-unsaved"]! } })).toBe(0);

    // Within the interval nothing is due: a second instance's pass (or an overlapping one) runs nothing again.
    expect(await rediscoverMcpConnectors({ db: hub.db, intervalMs: 6 * HOUR, now: new Date(start.getTime() + HOUR), timeoutMs: 1500 })).toEqual([]);

    // The server's list changes; the next interval's pass records it, diffed against the previous list.
    changing.tools = [...makeTools(2), { name: "brand_new", description: "Appeared later; use when asked for it.", inputSchema: { type: "object" } }];
    hanging.mode = "ok";
    const later = new Date(start.getTime() + 7 * HOUR);
    // The discoveries above are stamped with the real clock: move them back so the pass sees them as due.
    await hub.db.mcpDiscovery.updateMany({ data: { discoveredAt: start } });
    const second = await rediscoverMcpConnectors({ db: hub.db, intervalMs: 6 * HOUR, now: later, timeoutMs: 5000 });
    expect(second.map((o) => [o.slug, o.outcome])).toEqual([
      ["sample-inventory-mcp-changing", "recorded"],
      ["sample-inventory-mcp-hanging", "recorded"],
    ]);
    const [newest] = await listMcpDiscoveries(hub.db, { connectorId: ids["mcp-changing"]!, take: 1 });
    // Discovered by the schedule, not by a person.
    expect((await hub.db.mcpDiscovery.findUniqueOrThrow({ where: { id: newest!.id } })).discoveredById).toBeNull();
    const changes = (newest!.changes as { kind: string; tool: string }[]).map((c) => `${c.kind} ${c.tool}`).sort();
    expect(changes).toEqual(["tool-added brand_new", "tool-removed tool_0002"]);
    expect(newest!.isBreaking).toBe(true);
    expect((await hub.db.mcpTestConnection.findUniqueOrThrow({ where: { connectorId: ids["mcp-hanging"]! } })).lastScheduledError).toBeNull();
  });

  it("reads the interval setting", () => {
    expect(parseDiscoveryInterval(undefined)).toBeNull();
    expect(parseDiscoveryInterval("off")).toBeNull();
    expect(parseDiscoveryInterval("6h")).toBe(6 * HOUR);
    expect(() => parseDiscoveryInterval("10s")).toThrow(/a minute or more/);
    expect(() => parseDiscoveryInterval("soon")).toThrow(/like 6h/);
  });
});
