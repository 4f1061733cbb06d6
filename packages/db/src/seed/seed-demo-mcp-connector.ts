import type { Db } from "../client.ts";
import { createConnector } from "../connectors/create-connector.ts";
import { prepareConnectorSource } from "../connectors/prepare-connector-source.ts";
import { recordMcpDiscovery } from "../mcp/record-mcp-discovery.ts";
import { PERSONAS } from "./personas.ts";

export const DEMO_MCP_SLUG = "warehouse-agent-tools";

const swagger = {
  swagger: "2.0",
  info: {
    title: "Warehouse Agent Tools",
    description: "The warehouse's MCP server: tools for Copilot Studio agents to look up products, place orders and move an order on.",
    version: "1.0.0",
    contact: { name: "Warehouse team", url: "https://warehouse-mcp.contoso.example/", email: "warehouse@contoso.example" },
  },
  host: "warehouse-mcp.contoso.example",
  basePath: "/",
  schemes: ["https"],
  consumes: [],
  produces: [],
  paths: {
    "/mcp": {
      post: {
        summary: "Warehouse MCP server",
        description: "Lists products, places orders and sets an order's status.",
        "x-ms-agentic-protocol": "mcp-streamable-1.0",
        operationId: "InvokeMCP",
        responses: { "200": { description: "Success" } },
      },
    },
  },
};
const apiProperties = {
  properties: {
    connectionParameters: {},
    iconBrandColor: "#1f6f8b",
    capabilities: [],
    policyTemplateInstances: [],
    publisher: "Contoso",
    stackOwner: "Contoso",
  },
};

// The list its server gave Maya: two tools an agent can use, one that Copilot Studio filters out (a $ref in its input).
const tools = [
  {
    name: "list_products",
    description: "Lists the warehouse's products, optionally filtered by a search text; use when asked what is in stock.",
    inputSchema: { type: "object", properties: { search: { type: "string", description: "Part of a product name." } } },
  },
  {
    name: "create_order",
    description: "Places an order for one product; use when asked to order or buy something.",
    inputSchema: {
      type: "object",
      properties: { productId: { type: "string", description: "The product's id." }, quantity: { type: "integer", description: "How many." } },
      required: ["productId", "quantity"],
    },
  },
  {
    name: "set_order_status",
    description: "Moves an order to another status; use when asked to ship or cancel an order.",
    inputSchema: {
      type: "object",
      properties: { orderId: { type: "string", description: "The order's id." }, status: { $ref: "#/$defs/Status" } },
      required: ["orderId", "status"],
      $defs: { Status: { type: "string", enum: ["shipped", "cancelled"] } },
    },
  },
];

/**
 * Maya's MCP connector, a private draft whose tools were discovered once. The hub discovers only public servers (and
 * its own sample beside it, owned by the administrator), so this is the one connector of a maker with a tool list an
 * administrator can review. Idempotent.
 */
export async function seedDemoMcpConnector(db: Db): Promise<void> {
  if (await db.connector.findUnique({ where: { slug: DEMO_MCP_SLUG }, select: { id: true } })) return;
  const maker = await db.user.findFirstOrThrow({ where: { oid: PERSONAS.find((p) => p.key === "maker")!.oid } });
  const environment =
    (await db.environment.findFirst({ where: { type: "PRODUCTION" }, orderBy: { createdAt: "asc" } })) ??
    (await db.environment.findFirstOrThrow({ orderBy: { createdAt: "asc" } }));
  const sourceText = `${JSON.stringify(swagger, null, 2)}\n`;
  const prepared = prepareConnectorSource({ content: sourceText, fileName: "apiDefinition.swagger.json", apiProperties: JSON.stringify(apiProperties) });
  const connector = await createConnector(db, {
    slug: DEMO_MCP_SLUG,
    ownerId: maker.id,
    environmentId: environment.id,
    sourceFormat: prepared.sourceFormat,
    sourceText,
    fileName: prepared.fileName,
    definition: prepared.definition,
    apiProperties: prepared.apiProperties,
    findings: prepared.findings,
    actor: { id: maker.id, label: "seed" },
  });
  await recordMcpDiscovery(db, {
    connectorId: connector.id,
    discoveredById: maker.id,
    result: {
      protocolEra: "modern",
      protocolVersion: "2026-07-28",
      serverName: "contoso-warehouse",
      serverVersion: "1.0.0",
      tools: tools as never,
      resources: [],
    },
  });
}
