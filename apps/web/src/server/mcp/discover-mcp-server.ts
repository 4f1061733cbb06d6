import "server-only";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import type { TJsonObject } from "@connector-hub/definitions";
import type { LookupAll } from "../test-calls/check-target.ts";
import { TestCallError } from "../test-calls/test-call-error.ts";
import { createCheckedFetch } from "./checked-fetch.ts";
import type { McpDiscoveryResult } from "@connector-hub/db";

/** What the owner types for a discovery or a tool call: used for that request only, never stored or logged. */
export interface McpConnectionValues {
  apiKey?: string | undefined;
  accessToken?: string | undefined;
}

export interface McpTargetOptions {
  /** scheme://host + basePath + path of the MCP operation. */
  endpoint: string;
  connectorHost: string;
  /** The connector definition: where an API key goes (header or query, and its name). */
  definition: TJsonObject;
  connection: McpConnectionValues;
  allowLoopback: boolean;
  lookup?: LookupAll;
  /** The whole exchange, connect to last page (default 20 s). */
  timeoutMs?: number;
}

// What a discovery answers is what the data layer stores (recordMcpDiscovery).
export type { McpDiscoveryResult };

/** Pages followed per list before the hub gives up on a server whose cursor never ends. */
export const MAX_LIST_PAGES = 50;
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Most bytes of one discovery or tool call in all (every page of tools and resources), so what is stored stays bounded. */
const MAX_EXCHANGE_BYTES = 32 * 1024 * 1024;

/** Where the connector's definition puts an API key (its apiKey security), or null when it takes none. */
export function apiKeyPlacement(definition: TJsonObject): { in: "header" | "query"; name: string } | null {
  const defs = (definition.securityDefinitions ?? {}) as Record<string, { type?: string; in?: string; name?: string }>;
  const key = Object.values(defs).find((d) => d?.type === "apiKey");
  if (!key?.name) return null;
  return { in: key.in === "query" ? "query" : "header", name: key.name };
}

function target(options: McpTargetOptions): { url: URL; headers: Record<string, string> } {
  let url: URL;
  try {
    url = new URL(options.endpoint);
  } catch {
    throw new TestCallError(`The MCP endpoint "${options.endpoint}" is not a URL; check the connector's host, basePath and path.`);
  }
  const headers: Record<string, string> = {};
  const placement = apiKeyPlacement(options.definition);
  if (options.connection.apiKey) {
    if (!placement) throw new TestCallError("This connector takes no API key (its definition has no apiKey security); leave the key empty.");
    if (placement.in === "query") url.searchParams.set(placement.name, options.connection.apiKey);
    else headers[placement.name] = options.connection.apiKey;
  }
  if (options.connection.accessToken) headers.authorization = `Bearer ${options.connection.accessToken}`;
  return { url, headers };
}

function explain(error: unknown, timeoutMs: number, signal: AbortSignal): TestCallError {
  if (error instanceof TestCallError) return error;
  if (signal.aborted)
    return new TestCallError(
      `The MCP server did not finish answering within ${timeoutMs / 1000} seconds; nothing was stored. Check that it is up and answers tools/list.`,
    );
  const message = error instanceof Error ? error.message : String(error);
  if (/401|403|unauthori[sz]ed|forbidden/i.test(message))
    return new TestCallError(
      "The MCP server refused the connection (unauthorized); give the API key or access token of a test connection, or save one in the MCP tools section.",
    );
  if (/max(imum)? ?pages|listMaxPages|pages/i.test(message))
    return new TestCallError(`The MCP server kept paging past ${MAX_LIST_PAGES} pages; nothing was stored. Check its nextCursor handling.`);
  return new TestCallError(
    `The MCP server did not answer as MCP (${message.slice(0, 200)}); nothing was stored. Check that the endpoint speaks Streamable HTTP.`,
  );
}

/** Opens a client on the connector's MCP endpoint, runs `work`, and closes it; the whole within the deadline. */
async function withMcpClient<T>(options: McpTargetOptions, work: (client: Client, signal: AbortSignal) => Promise<T>): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const controller = new AbortController();
  const { url, headers } = target(options);
  const fetch = createCheckedFetch({
    connectorHost: options.connectorHost,
    allowLoopback: options.allowLoopback,
    lookup: options.lookup,
    maxBytes: MAX_RESPONSE_BYTES,
    maxTotalBytes: MAX_EXCHANGE_BYTES,
    signal: controller.signal,
  });
  const client = new Client({ name: "connector-hub", version: "1.0.0" }, { versionNegotiation: { mode: "auto" }, listMaxPages: MAX_LIST_PAGES });
  const transport = new StreamableHTTPClientTransport(url, { fetch, requestInit: { headers }, redirectPolicy: "same-origin" });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error("deadline"));
    }, timeoutMs);
  });
  try {
    return await Promise.race([
      (async () => {
        await client.connect(transport, { timeout: timeoutMs, signal: controller.signal });
        return work(client, controller.signal);
      })(),
      deadline,
    ]);
  } catch (error) {
    throw explain(error, timeoutMs, controller.signal);
  } finally {
    clearTimeout(timer);
    await client.close().catch(() => undefined);
    controller.abort();
  }
}

/**
 * Lists every tool and resource of the connector's MCP server (all pages, at most MAX_LIST_PAGES each), speaking
 * whichever protocol era the server does (server/discover first, initialize as the fallback). Throws a TestCallError
 * that says what to check when the server cannot be reached, refuses, hangs past the deadline or answers garbage.
 */
export async function discoverMcpServer(options: McpTargetOptions): Promise<McpDiscoveryResult> {
  return withMcpClient(options, async (client, signal) => {
    const { tools } = await client.listTools(undefined, { signal });
    const capabilities = client.getServerCapabilities();
    const resources = capabilities?.resources ? (await client.listResources(undefined, { signal })).resources : [];
    const info = client.getServerVersion();
    return {
      protocolEra: client.getProtocolEra() === "modern" ? "modern" : "legacy",
      protocolVersion: client.getNegotiatedProtocolVersion?.() ?? null,
      serverName: info?.name ?? null,
      serverVersion: info?.version ?? null,
      tools: tools as unknown as TJsonObject[],
      resources: resources as unknown as TJsonObject[],
    };
  });
}

/** Calls one tool of the connector's MCP server (the Test tab's form) and returns its result as the server sent it. */
export async function callMcpTool(options: McpTargetOptions & { tool: string; arguments: Record<string, unknown> }): Promise<TJsonObject> {
  return withMcpClient(options, async (client, signal) => {
    const result = await client.callTool({ name: options.tool, arguments: options.arguments }, { signal });
    return result as unknown as TJsonObject;
  });
}
