// POST/GET/DELETE /mcp: the MCP endpoint (Streamable HTTP) of the sample inventory. createMcpHandler answers both
// protocol eras: 2026-07-28 requests directly, 2025-era ones (initialize) through its stateless legacy fallback. Fastify
// has already parsed the JSON body, so it is handed over as parsedBody; the answer (JSON or an SSE stream) is sent
// back as the web Response it is.
import { createMcpHandler } from "@modelcontextprotocol/server";
import { hostHeaderValidation } from "@modelcontextprotocol/fastify";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TInventoryContext } from "../domain/inventory-context.ts";
import { createInventoryMcpServer } from "./create-inventory-mcp-server.ts";

export const MCP_PATH = "/mcp";

function toWebRequest(request: FastifyRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  const hasBody = request.method === "POST" && request.body !== undefined;
  return new Request(`${request.protocol}://${request.host}${request.url}`, {
    method: request.method,
    headers,
    ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
  });
}

export function registerMcpRoute(app: FastifyInstance, options: { inventory: TInventoryContext; allowedHosts: string[] }): void {
  const handler = createMcpHandler(() => createInventoryMcpServer(options.inventory), {
    onerror: (error) => app.log.warn({ err: error }, "MCP request refused"),
  });
  app.addHook("onClose", async () => handler.close());
  void app.register(async (scope) => {
    // The Host header must name this server (DNS rebinding protection, as the SDK's Fastify app does on loopback):
    // the loopback names, plus the host of a configured public address.
    scope.addHook("onRequest", hostHeaderValidation(["localhost", "127.0.0.1", "[::1]", ...options.allowedHosts]));
    scope.route({
      method: ["POST", "GET", "DELETE"],
      url: MCP_PATH,
      handler: async (request, reply) => {
        const response = await handler.fetch(toWebRequest(request), request.method === "POST" ? { parsedBody: request.body } : {});
        return reply.send(response);
      },
    });
  });
}
