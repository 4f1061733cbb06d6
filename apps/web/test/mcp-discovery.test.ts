// The hub as MCP client against real servers on loopback: the sample (server SDK 2.4, both eras), a v1 SDK server
// (sessions only), one that pages, one whose list changes, and ones that hang, answer garbage or page forever.
// Outbound addresses go through the test calls' checks.
import { startSampleApi, type TRunningSampleApi } from "@connector-hub/sample-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callMcpTool, discoverMcpServer, MAX_LIST_PAGES, type McpTargetOptions } from "../src/server/mcp/discover-mcp-server.ts";
import { makeTools, startScriptedServer, startV1Server, type RunningServer, type ScriptedServer } from "./support/mcp-test-servers.ts";

const target = (server: { url: string; host: string }, extra: Partial<McpTargetOptions> = {}): McpTargetOptions => ({
  endpoint: server.url,
  connectorHost: server.host,
  definition: {},
  connection: {},
  allowLoopback: true,
  ...extra,
});

describe("MCP discovery", () => {
  let sample: TRunningSampleApi;
  let v1: RunningServer;
  let scripted: ScriptedServer;
  beforeAll(async () => {
    sample = await startSampleApi({ port: 0, host: "127.0.0.1", isLogEnabled: false });
    v1 = await startV1Server();
    scripted = await startScriptedServer({ tools: makeTools(230), pageSize: 25 });
  });
  afterAll(async () => {
    await Promise.all([sample?.close(), v1?.close(), scripted?.close()]);
  });

  const sampleServer = () => ({ url: `${sample.localUrl}/mcp`, host: new URL(sample.localUrl).host });

  it("discovers the sample's tools and resource in the modern era, and calls a tool", async () => {
    const result = await discoverMcpServer(target(sampleServer()));
    expect(result).toMatchObject({ protocolEra: "modern", serverName: "connector-hub-sample-inventory", serverVersion: "1.0.0" });
    expect(result.tools.map((t) => t.name)).toEqual(["list_products", "create_order", "set_order_status"]);
    expect(result.resources.map((r) => r.uri)).toEqual(["inventory://stock-levels"]);
    const called = await callMcpTool({ ...target(sampleServer()), tool: "list_products", arguments: { top: 1 } });
    expect(JSON.stringify(called)).toMatch(/prd-0001/);
  });

  it("falls back to the session era for a v1 SDK server", async () => {
    const result = await discoverMcpServer(target(v1));
    expect(result).toMatchObject({ protocolEra: "legacy", serverName: "v1-warehouse", resources: [] });
    expect(result.tools.map((t) => t.name)).toEqual(["count_pallets"]);
    expect(result.protocolVersion).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it("pages tools/list to the end, and sees a changed list on the next discovery", async () => {
    scripted.mode = "ok";
    scripted.listCalls = 0;
    const first = await discoverMcpServer(target(scripted));
    expect(first.tools).toHaveLength(230);
    expect(scripted.listCalls).toBe(10);
    scripted.tools = [
      ...makeTools(229),
      { name: "brand_new", description: "A tool that appeared later; use when asked for it.", inputSchema: { type: "object" } },
    ];
    const second = await discoverMcpServer(target(scripted));
    expect(second.tools.map((t) => t.name).slice(-2)).toEqual(["tool_0228", "brand_new"]);
  });

  it("gives up with a clear message on a server that hangs, answers garbage or pages without end", async () => {
    scripted.mode = "hang";
    const started = Date.now();
    await expect(discoverMcpServer(target(scripted, { timeoutMs: 1500 }))).rejects.toThrow(/did not finish answering within 1.5 seconds; nothing was stored/);
    expect(Date.now() - started).toBeLessThan(5000);
    scripted.mode = "garbage";
    await expect(discoverMcpServer(target(scripted, { timeoutMs: 5000 }))).rejects.toThrow(/did not answer as MCP|nothing was stored/);
    // A status outside 200-599 is refused with a message, not thrown inside the socket callback (which would end the server).
    scripted.mode = "bad-status";
    await expect(discoverMcpServer(target(scripted, { timeoutMs: 5000 }))).rejects.toThrow(/HTTP status 999|nothing was stored/);
    scripted.mode = "endless";
    await expect(discoverMcpServer(target(scripted, { timeoutMs: 10_000 }))).rejects.toThrow(new RegExp(`${MAX_LIST_PAGES} pages|nothing was stored`));
    scripted.mode = "ok";
  });

  it("refuses loopback, link-local, metadata and private addresses as test calls do", async () => {
    await expect(discoverMcpServer(target(sampleServer(), { allowLoopback: false }))).rejects.toThrow(/loopback address/);
    for (const address of ["169.254.169.254", "10.0.0.8", "192.168.1.20", "fd00::1"]) {
      const lookup = async () => [{ address, family: address.includes(":") ? 6 : 4 }];
      await expect(discoverMcpServer({ ...target({ url: "https://mcp.contoso-internal.net/mcp", host: "mcp.contoso-internal.net" }), lookup })).rejects.toThrow(
        new RegExp(`Refused mcp.contoso-internal.net: ${address.replace(/\./g, "\\.")} is a`),
      );
    }
    await expect(discoverMcpServer(target({ url: "https://elsewhere.example/mcp", host: "mcp.contoso.com" }))).rejects.toThrow(/not this connector's host/);
  });
});
