// The sample inventory's MCP endpoint, over real HTTP: the hub's client (SDK 2.4) in both protocol eras, and the MCP
// project's own conformance suite (0.1.13) for the scenarios of the features this server implements.
import { execFile } from "node:child_process";
import { request } from "node:http";
import { promisify } from "node:util";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { checkMcpTools, validateConnector } from "@connector-hub/definitions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TTestApi } from "./support/start-api.ts";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
const CONFORMANCE_CLI = join(PACKAGE_DIR, "../../node_modules/@modelcontextprotocol/conformance/dist/index.js");
const execFileAsync = promisify(execFile);

/**
 * Scenarios of `conformance server` for what this server implements (initialize, ping, tools and resources listing,
 * Host checking). The others need the suite's own fixture server (tools named test_simple_text, test_error_handling...,
 * resource test://static-text, prompts, logging, completion, sampling, elicitation, subscriptions, SSE sessions) and are
 * listed in CONFORMANCE_SKIPPED with why.
 */
export const CONFORMANCE_SCENARIOS = ["server-initialize", "ping", "tools-list", "resources-list", "dns-rebinding-protection"];

async function connect(url: string, mode: "legacy" | "auto") {
  const client = new Client({ name: "sample-api-test", version: "1.0.0" }, { versionNegotiation: { mode } });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
  return client;
}

describe("MCP endpoint of the sample API", () => {
  let api: TTestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it.each(["legacy", "auto"] as const)("lists its tools and resource, calls a tool and reads the resource (%s negotiation)", async (mode) => {
    const client = await connect(api.url, mode);
    try {
      expect(client.getProtocolEra()).toBe(mode === "auto" ? "modern" : "legacy");
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual(["list_products", "create_order", "set_order_status"]);
      const { resources } = await client.listResources();
      expect(resources.map((r) => r.uri)).toEqual(["inventory://stock-levels"]);
      const listed = await client.callTool({ name: "list_products", arguments: { search: "hammer", top: 2 } });
      const text = (listed.content as { type: string; text: string }[])[0]?.text ?? "";
      expect((JSON.parse(text) as { products: { name: string }[] }).products.map((p) => p.name.includes("Hammer"))).toEqual([true, true]);
      const refused = await client.callTool({
        name: "create_order",
        arguments: { customerName: "Ada", customerEmail: "ada@example.com", productId: "prd-9999", quantity: 1 },
      });
      expect(refused.isError).toBe(true);
      const stock = await client.readResource({ uri: "inventory://stock-levels" });
      expect(JSON.parse((stock.contents[0] as { text: string }).text)).toHaveLength(24);
    } finally {
      await client.close();
    }
  });

  it("serves an MCP connector definition Microsoft's contract accepts, and a tool list with one tool flagged for $ref", async () => {
    const swagger = await (await fetch(`${api.url}/mcp/swagger.json`)).text();
    const { findings } = validateConnector({ definition: swagger });
    // The sample runs on this machine over http: Copilot Studio could not reach it, and the validator says so.
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["McpEndpointNotReachable", "/host"],
      ["McpEndpointNotReachable", "/schemes"],
    ]);
    const client = await connect(api.url, "legacy");
    try {
      const check = checkMcpTools({ tools: (await client.listTools()) as never });
      expect(check.notReady).toEqual(["set_order_status"]);
      expect(check.findings.map((f) => [f.code, f.path])).toEqual([
        ["McpToolEnumInput", "/tools/2/inputSchema/$defs/OrderStatus/enum"],
        ["McpToolSchemaRef", "/tools/2/inputSchema/properties/status/$ref"],
      ]);
    } finally {
      await client.close();
    }
  });

  it("refuses a Host header that is not its own (DNS rebinding)", async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const outgoing = request(`${api.url}/mcp`, { method: "POST", headers: { host: "evil.example", "content-type": "application/json" } }, (incoming) => {
        incoming.resume();
        resolve(incoming.statusCode);
      });
      outgoing.on("error", reject);
      outgoing.end("{}");
    });
    expect(status).toBe(403);
  });

  it("passes the MCP conformance suite 0.1.13 for the scenarios it implements", { timeout: 180_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), "mcp-conformance-"));
    try {
      const results: Record<string, string> = {};
      for (const scenario of CONFORMANCE_SCENARIOS) {
        // Asynchronously: the server under test answers from this same process.
        const run = await execFileAsync(process.execPath, [CONFORMANCE_CLI, "server", "--url", `${api.url}/mcp`, "--scenario", scenario, "-o", out], {
          timeout: 60_000,
        }).then(
          ({ stdout }) => ({ stdout, status: 0 }),
          (error: { stdout?: string; stderr?: string; code?: number }) => ({ stdout: `${error.stdout ?? ""}${error.stderr ?? ""}`, status: error.code ?? 1 }),
        );
        const summary = /Passed: (\d+)\/(\d+), (\d+) failed/.exec(run.stdout);
        results[scenario] = summary ? `${summary[1]}/${summary[2]} passed, ${summary[3]} failed, exit ${run.status}` : `no summary: ${run.stdout}`;
      }
      expect(results).toEqual(Object.fromEntries(CONFORMANCE_SCENARIOS.map((s) => [s, expect.stringMatching(/^(\d+)\/\1 passed, 0 failed, exit 0$/)])));
      expect(readdirSync(out).length).toBeGreaterThan(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
