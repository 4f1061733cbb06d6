// The sample MCP connector: the Swagger 2.0 form Copilot Studio documents for an MCP server (one post marked
// x-ms-agentic-protocol mcp-streamable-1.0 at scheme://host + basePath + path), pointing at this API's /mcp.
import { MCP_PATH } from "../mcp/register-mcp-route.ts";
import type { TJson } from "./schema-builders.ts";

export function buildMcpSwagger({ publicUrl }: { publicUrl: string }): TJson {
  const url = new URL(publicUrl);
  const prefix = url.pathname.replace(/\/+$/, "");
  return {
    swagger: "2.0",
    info: {
      title: "Sample Inventory (MCP)",
      description:
        "The sample inventory as an MCP server: tools to list products, create orders and set an order's status, and a stock-levels resource, for Copilot Studio agents. Built to learn MCP connectors from.",
      version: "1.0.0",
      contact: { name: "Connector Hub", url: `${url.origin}${prefix}/`, email: "connector-hub@example.com" },
    },
    host: url.host,
    basePath: prefix === "" ? "/" : prefix,
    schemes: [url.protocol.replace(":", "")],
    consumes: [],
    produces: [],
    paths: {
      [MCP_PATH]: {
        post: {
          summary: "Sample inventory MCP server",
          description: "Lists products, places orders and reads stock levels of the sample inventory.",
          "x-ms-agentic-protocol": "mcp-streamable-1.0",
          operationId: "InvokeMCP",
          responses: { "200": { description: "Success" } },
        },
      },
    },
    securityDefinitions: {},
    security: [],
  };
}

export function buildMcpApiProperties(): TJson {
  return {
    properties: {
      connectionParameters: {},
      iconBrandColor: "#1f6f8b",
      capabilities: [],
      policyTemplateInstances: [],
      publisher: "Connector Hub",
      stackOwner: "Connector Hub",
    },
  };
}
