// Real MCP servers for the discovery tests, each on a free loopback port: one built with the v1 SDK (sessions, the
// 2025 era only), and a hand-written JSON-RPC server that pages its tools, can change its list between discoveries,
// or misbehaves (hangs, answers garbage, pages without end).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { McpServer as V1McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport as V1Transport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

export interface RunningServer {
  url: string;
  host: string;
  close: () => Promise<void>;
}

async function listen(server: http.Server): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

/** The v1 SDK's McpServer over its sessionful Streamable HTTP transport: answers only the 2025-era handshake. */
export async function startV1Server(): Promise<RunningServer> {
  const transports = new Map<string, V1Transport>();
  const server = http.createServer((request, response) => {
    void (async () => {
      const body = request.method === "POST" ? (JSON.parse((await readBody(request)) || "null") as unknown) : undefined;
      const sessionId = request.headers["mcp-session-id"];
      let transport = typeof sessionId === "string" ? transports.get(sessionId) : undefined;
      if (!transport) {
        const isInitialize = (body as { method?: string } | undefined)?.method === "initialize";
        if (!isInitialize) {
          response
            .writeHead(400, { "content-type": "application/json" })
            .end(JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32000, message: "Bad Request: No valid session ID provided" } }));
          return;
        }
        const created = new V1Transport({ sessionIdGenerator: () => crypto.randomUUID(), onsessioninitialized: (id) => void transports.set(id, created) });
        const mcp = new V1McpServer({ name: "v1-warehouse", version: "0.9.0" });
        mcp.registerTool(
          "count_pallets",
          {
            description: "Counts the pallets in one warehouse aisle; use when asked how full an aisle is.",
            inputSchema: { aisle: z.string().describe("Aisle code") },
          },
          async ({ aisle }) => ({
            content: [{ type: "text", text: `Aisle ${aisle}: 12 pallets` }],
          }),
        );
        await mcp.connect(created);
        transport = created;
      }
      await transport.handleRequest(request, response, body);
    })();
  });
  return listen(server);
}

export interface ScriptedServer extends RunningServer {
  /** The tools it lists now; replace to change the list between discoveries. */
  tools: Record<string, unknown>[];
  /** How it misbehaves: none, never answers, answers something that is not JSON-RPC, or pages forever. */
  mode: "ok" | "hang" | "garbage" | "endless" | "bad-status";
  /** tools/list calls received. */
  listCalls: number;
}

export function makeTools(count: number, prefix = "tool"): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}_${String(i).padStart(4, "0")}`,
    description: `Runs step ${i} of the stock-taking workflow; use when asked for step ${i}.`,
    inputSchema: { type: "object", properties: { note: { type: "string", description: "A note for the log." } } },
  }));
}

/** A 2025-era JSON-RPC server written by hand: pages tools/list pageSize at a time with an opaque cursor. */
export async function startScriptedServer(options: {
  tools: Record<string, unknown>[];
  pageSize: number;
  /** When set, every request must carry it in x-api-key, else 401 (a key-protected server). */
  apiKey?: string;
}): Promise<ScriptedServer> {
  const state = { tools: options.tools, mode: "ok", listCalls: 0 } as Omit<ScriptedServer, keyof RunningServer>;
  const server = http.createServer((request, response) => {
    void (async () => {
      if (state.mode === "hang") return; // never answers
      if (options.apiKey !== undefined && request.headers["x-api-key"] !== options.apiKey)
        return void response.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "unauthorized" }));
      if (request.method !== "POST") return void response.writeHead(405).end();
      const message = JSON.parse((await readBody(request)) || "null") as { id?: number; method: string; params?: { cursor?: string } } | null;
      if (state.mode === "garbage") return void response.writeHead(200, { "content-type": "application/json" }).end("<html>Gateway says hello</html>");
      // A status a fetch Response cannot carry (Node's HTTP parser takes any three digits).
      if (state.mode === "bad-status") return void response.writeHead(999, { "content-type": "application/json" }).end("{}");
      if (!message || message.id === undefined) return void response.writeHead(202).end();
      const reply = (result: unknown) =>
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", id: message.id, result }));
      if (message.method === "initialize")
        return reply({ protocolVersion: "2025-06-18", capabilities: { tools: {} }, serverInfo: { name: "scripted", version: "1.0.0" } });
      if (message.method === "tools/list") {
        state.listCalls++;
        const start = Number(message.params?.cursor ?? "0");
        const page = state.tools.slice(start, start + options.pageSize);
        const next =
          state.mode === "endless" ? String(start + 1) : start + options.pageSize < state.tools.length ? String(start + options.pageSize) : undefined;
        return reply({ tools: state.mode === "endless" ? [{ ...state.tools[0], name: `loop_${start}` }] : page, ...(next ? { nextCursor: next } : {}) });
      }
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ jsonrpc: "2.0", id: message.id, error: { code: -32601, message: "Method not found" } }));
    })();
  });
  const running = await listen(server);
  return Object.assign(state, running) as ScriptedServer;
}
