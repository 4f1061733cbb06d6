// The sample inventory as an MCP server (server SDK 2.4): the tools an agent gets over the same in-memory data the
// REST variants serve. One tool, set_order_status, is deliberately written with a $ref in its input schema, the
// shape Copilot Studio silently filters out, so a newcomer sees the hub's agent-readiness finding on a fresh machine.
import { fromJsonSchema, McpServer } from "@modelcontextprotocol/server";
import { z } from "zod";
import { AppError } from "../http/app-error.ts";
import { createOrder } from "../domain/create-order.ts";
import type { TInventoryContext } from "../domain/inventory-context.ts";
import { listProducts } from "../domain/list-products.ts";
import { listStockLevels } from "../domain/list-stock-levels.ts";
import { updateOrder } from "../domain/update-order.ts";

export const MCP_SERVER_INFO = { name: "connector-hub-sample-inventory", version: "1.0.0" };
export const STOCK_RESOURCE_URI = "inventory://stock-levels";

const json = (value: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }] });
const failed = (error: unknown) => {
  if (error instanceof AppError) return { content: [{ type: "text" as const, text: error.message }], isError: true };
  throw error;
};

export function createInventoryMcpServer(inventory: TInventoryContext): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, {
    instructions: "Northwind-style sample inventory: look up products and stock, place orders. Data resets when the sample API restarts.",
  });

  server.registerTool(
    "list_products",
    {
      title: "List products",
      description: "Lists products in the inventory with their prices; use when the user asks what can be ordered or what something costs.",
      inputSchema: z.object({
        search: z.string().optional().describe("Words to look for in the product name, SKU or description."),
        top: z.number().int().min(1).max(50).optional().describe("How many products to return, 1 to 50 (default 10)."),
      }),
    },
    async ({ search, top }) => {
      const page = listProducts(inventory, { query: search, page: 1, pageSize: top ?? 10 });
      return json({
        products: page.value.map((p) => ({ id: p.id, sku: p.sku, name: p.name, category: p.category, unitPrice: p.unitPrice, currency: p.currency })),
      });
    },
  );

  server.registerTool(
    "create_order",
    {
      title: "Create order",
      description: "Places an order for one product and takes it out of stock; use when the user asks to buy or reorder something.",
      inputSchema: z.object({
        customerName: z.string().min(1).describe("Who the order is for."),
        customerEmail: z.string().min(3).describe("The customer's email address."),
        productId: z.string().min(1).describe("The product's id, such as prd-0001 (from list_products)."),
        quantity: z.number().int().min(1).describe("How many to order (1 or more)."),
      }),
    },
    async ({ customerName, customerEmail, productId, quantity }) => {
      try {
        const { result } = createOrder(inventory, { customerName, customerEmail, lines: [{ productId, quantity }] });
        return json({ id: result.id, status: result.status, total: result.total, currency: result.currency });
      } catch (error) {
        return failed(error);
      }
    },
  );

  server.registerTool(
    "set_order_status",
    {
      title: "Set order status",
      description: "Moves an order to shipped, delivered or cancelled; use when the user reports a delivery or asks to cancel.",
      inputSchema: fromJsonSchema<{ orderId: string; status: "pending" | "shipped" | "delivered" | "cancelled" }>({
        type: "object",
        properties: { orderId: { type: "string", description: "The order's id, such as ord-0001." }, status: { $ref: "#/$defs/OrderStatus" } },
        required: ["orderId", "status"],
        $defs: { OrderStatus: { type: "string", enum: ["pending", "shipped", "delivered", "cancelled"], description: "The new status." } },
      }),
    },
    async ({ orderId, status }) => {
      try {
        const order = updateOrder(inventory, orderId, { status });
        return json({ id: order.id, status: order.status });
      } catch (error) {
        return failed(error);
      }
    },
  );

  server.registerResource(
    "stock-levels",
    STOCK_RESOURCE_URI,
    { title: "Stock levels", description: "Quantity on hand and reorder level of every product.", mimeType: "application/json" },
    async (uri) => ({
      contents: [
        { uri: uri.href, mimeType: "application/json", text: JSON.stringify(listStockLevels(inventory, { isLowOnly: false, page: 1, pageSize: 100 }).value) },
      ],
    }),
  );
  return server;
}
