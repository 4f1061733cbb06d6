import { ORDER_STATUSES, PRODUCT_CATEGORIES } from "../domain/inventory-types.ts";
import { ref, type TJson } from "./schema-builders.ts";

type TOperationSpec = {
  operationId: string;
  summary: string;
  description: string;
  visibility?: "important" | "advanced" | "internal";
  parameters?: TJson[];
  responses: Record<string, TJson>;
  extra?: TJson;
};

function operation(spec: TOperationSpec): TJson {
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    description: spec.description,
    ...(spec.visibility ? { "x-ms-visibility": spec.visibility } : {}),
    parameters: spec.parameters ?? [],
    responses: spec.responses,
    ...spec.extra,
  };
}

function query(name: string, type: string, summary: string, description: string, extra: TJson = {}): TJson {
  return { name, in: "query", required: false, type, "x-ms-summary": summary, description, ...extra };
}

function body(definition: string, summary: string, description: string): TJson {
  return { name: "body", in: "body", required: true, "x-ms-summary": summary, description, schema: ref(definition) };
}

const param = (name: string): TJson => ({ $ref: `#/parameters/${name}` });
const ok = (description: string, schema: string): TJson => ({ description, schema: ref(schema) });
const noContent = { "204": { description: "Deleted; nothing to return." } };
const paging = [param("Page"), param("PageSize")];
const pageable = { "x-ms-pageable": { nextLinkName: "nextLink" } };

export const SWAGGER_PARAMETERS: Record<string, TJson> = {
  Page: query("page", "integer", "Page", "Page to return, starting at 1.", { format: "int32", default: 1, "x-ms-visibility": "advanced" }),
  PageSize: query("pageSize", "integer", "Page size", "Items per page, 1 to 100.", { format: "int32", default: 20, "x-ms-visibility": "advanced" }),
  ProductId: {
    name: "productId",
    in: "path",
    required: true,
    type: "string",
    "x-ms-url-encoding": "single",
    "x-ms-summary": "Product ID",
    description: "Identifier of the product, such as prd-0001.",
  },
  OrderId: {
    name: "orderId",
    in: "path",
    required: true,
    type: "string",
    "x-ms-url-encoding": "single",
    "x-ms-summary": "Order ID",
    description: "Identifier of the order, such as ord-0001.",
  },
};

function webhookPath(operationId: string, summary: string, description: string, event: string): TJson {
  return {
    "x-ms-notification-content": { description: `The ${event} event sent to the flow.`, schema: ref(event) },
    post: operation({
      operationId,
      summary,
      description,
      parameters: [
        {
          name: "body",
          in: "body",
          required: true,
          "x-ms-summary": "Subscription",
          description: "Where to send the events; filled in by the platform.",
          "x-ms-visibility": "internal",
          schema: {
            type: "object",
            description: "Where to send the events.",
            properties: {
              callbackUrl: {
                type: "string",
                "x-ms-summary": "Callback URL",
                description: "Address the events are posted to.",
                "x-ms-notification-url": true,
                "x-ms-visibility": "internal",
              },
            },
            required: ["callbackUrl"],
          },
        },
      ],
      responses: {
        "201": {
          description: "Subscribed; DELETE the Location to stop the events.",
          schema: ref("WebhookSubscription"),
          headers: { Location: { type: "string", description: "Address of the subscription, to delete it." } },
        },
      },
      extra: { "x-ms-trigger": "single" },
    }),
  };
}

export const SWAGGER_PATHS: Record<string, TJson> = {
  "/products": {
    get: operation({
      operationId: "ListProducts",
      summary: "List products",
      description: "Lists products page by page, optionally by category and price range.",
      visibility: "important",
      parameters: [
        query("category", "string", "Category", "Only products of this range.", { enum: [...PRODUCT_CATEGORIES] }),
        query("minPrice", "number", "Minimum price", "Only products costing at least this much.", { format: "double", "x-ms-visibility": "advanced" }),
        query("maxPrice", "number", "Maximum price", "Only products costing at most this much.", { format: "double", "x-ms-visibility": "advanced" }),
        ...paging,
      ],
      responses: { "200": ok("A page of products.", "ProductPage") },
      extra: pageable,
    }),
    post: operation({
      operationId: "CreateProduct",
      summary: "Create a product",
      description: "Adds a product to the catalog with its starting stock.",
      visibility: "important",
      parameters: [body("NewProduct", "Product", "The product to add.")],
      responses: { "201": ok("The product as created.", "Product") },
    }),
  },
  "/search/products": {
    get: operation({
      operationId: "SearchProducts",
      summary: "Search products",
      description: "Finds products whose name, SKU or description contains the search text.",
      parameters: [
        { name: "q", in: "query", required: true, type: "string", "x-ms-summary": "Search text", description: "Text to look for, such as lamp or SKU-1004." },
        ...paging,
      ],
      responses: { "200": ok("A page of matching products.", "ProductPage") },
      extra: pageable,
    }),
  },
  "/products/{productId}": {
    get: operation({
      operationId: "GetProduct",
      summary: "Get a product",
      description: "Returns one product by its identifier.",
      parameters: [param("ProductId")],
      responses: { "200": ok("The product.", "Product") },
    }),
    patch: operation({
      operationId: "UpdateProduct",
      summary: "Update a product",
      description: "Changes the given fields of a product and keeps the others.",
      parameters: [param("ProductId"), body("ProductChanges", "Changes", "Fields to change.")],
      responses: { "200": ok("The product after the change.", "Product") },
    }),
    delete: operation({
      operationId: "DeleteProduct",
      summary: "Delete a product",
      description: "Removes a product and its stock level; refused while a pending order holds it.",
      visibility: "advanced",
      parameters: [param("ProductId")],
      responses: noContent,
    }),
  },
  "/stock": {
    get: operation({
      operationId: "ListStockLevels",
      summary: "List stock levels",
      description: "Lists how many units of each product are on hand, optionally only the low ones.",
      parameters: [query("lowOnly", "boolean", "Low only", "Only stock levels at or below their reorder level.", { default: false }), ...paging],
      responses: { "200": ok("A page of stock levels.", "StockLevelPage") },
      extra: pageable,
    }),
  },
  "/stock/{productId}": {
    get: operation({
      operationId: "GetStockLevel",
      summary: "Get a stock level",
      description: "Returns how many units of one product are on hand.",
      parameters: [param("ProductId")],
      responses: { "200": ok("The stock level.", "StockLevel") },
    }),
    put: operation({
      operationId: "UpdateStockLevel",
      summary: "Update a stock level",
      description: "Sets the units on hand of a product, for example after a stock count.",
      parameters: [param("ProductId"), body("StockChange", "Stock", "The new stock figures.")],
      responses: { "200": ok("The stock level after the change.", "StockLevel") },
    }),
  },
  "/orders": {
    get: operation({
      operationId: "ListOrders",
      summary: "List orders",
      description: "Lists orders newest first, optionally by status, product or customer.",
      visibility: "important",
      parameters: [
        query("status", "string", "Status", "Only orders with this status.", { enum: [...ORDER_STATUSES] }),
        query("productId", "string", "Product ID", "Only orders holding this product.", { "x-ms-visibility": "advanced" }),
        query("customerEmail", "string", "Customer email", "Only orders of this customer.", { format: "email", "x-ms-visibility": "advanced" }),
        ...paging,
      ],
      responses: { "200": ok("A page of orders.", "OrderPage") },
      extra: pageable,
    }),
    post: operation({
      operationId: "CreateOrder",
      summary: "Create an order",
      description: "Places an order and takes its units from stock; refused when stock is short.",
      visibility: "important",
      parameters: [body("NewOrder", "Order", "The order to place.")],
      responses: { "201": ok("The order as placed.", "Order") },
    }),
  },
  "/orders/{orderId}": {
    get: operation({
      operationId: "GetOrder",
      summary: "Get an order",
      description: "Returns one order by its identifier.",
      parameters: [param("OrderId")],
      responses: { "200": ok("The order.", "Order") },
    }),
    patch: operation({
      operationId: "UpdateOrder",
      summary: "Update an order",
      description: "Moves an order on (ship, deliver or cancel) or corrects the customer details.",
      parameters: [param("OrderId"), body("OrderChanges", "Changes", "Fields to change.")],
      responses: { "200": ok("The order after the change.", "Order") },
    }),
    delete: operation({
      operationId: "DeleteOrder",
      summary: "Delete an order",
      description: "Removes an order; a pending order's units go back to stock.",
      visibility: "advanced",
      parameters: [param("OrderId")],
      responses: noContent,
    }),
  },
  "/webhooks/order-created": webhookPath("OnOrderCreated", "When an order is created", "Starts a flow each time an order is placed.", "OrderCreatedEvent"),
  "/webhooks/stock-low": webhookPath(
    "OnStockLow",
    "When stock runs low",
    "Starts a flow when a product's stock drops to or below its reorder level.",
    "StockLowEvent",
  ),
  "/webhooks/{subscriptionId}": {
    delete: operation({
      operationId: "DeleteWebhook",
      summary: "Delete a webhook",
      description: "Stops the events of a subscription; the platform calls it when a flow is turned off.",
      visibility: "internal",
      parameters: [
        {
          name: "subscriptionId",
          in: "path",
          required: true,
          type: "string",
          "x-ms-url-encoding": "single",
          "x-ms-summary": "Subscription ID",
          description: "Identifier of the subscription.",
        },
      ],
      responses: noContent,
    }),
  },
  "/webhook-deliveries": {
    get: operation({
      operationId: "ListWebhookDeliveries",
      summary: "List webhook deliveries",
      description: "Shows recent events sent to callbacks, with every attempt and its outcome.",
      visibility: "advanced",
      parameters: [query("subscriptionId", "string", "Subscription ID", "Only deliveries of this subscription.")],
      responses: { "200": ok("Recent deliveries, newest first.", "WebhookDeliveryList") },
    }),
  },
  "/triggers/new-orders": {
    get: operation({
      operationId: "OnNewOrders",
      summary: "When new orders arrive",
      description: "Checks for orders placed since the last check and starts a flow with them.",
      parameters: [
        query("since", "integer", "Since", "Position of the last order seen; set by the platform from the Location header.", {
          format: "int32",
          "x-ms-visibility": "internal",
        }),
      ],
      responses: {
        "200": { ...ok("New orders, newest first.", "NewOrders"), headers: pollHeaders() },
        "202": { description: "Nothing new yet; call the Location again after Retry-After seconds.", headers: pollHeaders() },
      },
      extra: { "x-ms-trigger": "batch", "x-ms-trigger-hint": "To see it work now, create an order." },
    }),
  },
};

function pollHeaders(): TJson {
  return {
    Location: { type: "string", description: "Address of the next check, carrying the position reached." },
    "Retry-After": { type: "integer", format: "int32", description: "Seconds to wait before the next check." },
  };
}
