import { EVENT_TYPES, ORDER_STATUSES, PRODUCT_CATEGORIES } from "../domain/inventory-types.ts";
import { field, listOf, objectOf, ref, type TJson } from "./schema-builders.ts";

const timestamp = (summary: string, description: string) => field("string", summary, description, { format: "date-time" });
const money = (summary: string, description: string) => field("number", summary, description, { format: "double" });
const count = (summary: string, description: string) => field("integer", summary, description, { format: "int32" });

const categoryEnum = { enum: [...PRODUCT_CATEGORIES] };
const statusEnum = { enum: [...ORDER_STATUSES] };

function pageOf(item: string, what: string): TJson {
  return objectOf(
    `One page of ${what}.`,
    {
      value: listOf(item, what[0]?.toUpperCase() + what.slice(1), `The ${what} on this page.`),
      page: count("Page", "Number of this page, starting at 1."),
      pageSize: count("Page size", "Most items a page holds."),
      totalCount: count("Total count", "How many items match the filters over all pages."),
      nextLink: field("string", "Next page link", "Address of the next page; absent on the last page.", { "x-ms-visibility": "internal" }),
    },
    ["value", "page", "pageSize", "totalCount"],
  );
}

export const SWAGGER_DEFINITIONS: Record<string, TJson> = {
  Product: objectOf("A product in the catalog.", {
    id: field("string", "Product ID", "Identifier of the product, such as prd-0001."),
    sku: field("string", "SKU", "Stock keeping unit code, unique per product."),
    name: field("string", "Name", "Name of the product."),
    description: field("string", "Description", "Longer text about the product."),
    category: field("string", "Category", "Range the product belongs to.", categoryEnum),
    unitPrice: money("Unit price", "Price of one unit, in the currency below."),
    currency: field("string", "Currency", "ISO 4217 code of the price currency."),
    createdAt: timestamp("Created at", "When the product was added (UTC)."),
    updatedAt: timestamp("Updated at", "When the product last changed (UTC)."),
  }),
  StockLevel: objectOf("How many units of a product are on hand.", {
    productId: field("string", "Product ID", "Identifier of the product."),
    sku: field("string", "SKU", "Stock keeping unit code of the product."),
    quantityOnHand: count("Quantity on hand", "Units in the warehouse now."),
    reorderLevel: count("Reorder level", "At or below this quantity the stock counts as low."),
    isLow: field("boolean", "Is low", "True when the quantity on hand is at or below the reorder level."),
    updatedAt: timestamp("Updated at", "When the stock level last changed (UTC)."),
  }),
  OrderLine: objectOf("One product on an order.", {
    productId: field("string", "Product ID", "Identifier of the ordered product."),
    sku: field("string", "SKU", "Stock keeping unit code at the time of the order."),
    quantity: count("Quantity", "Units ordered."),
    unitPrice: money("Unit price", "Price of one unit at the time of the order."),
    lineTotal: money("Line total", "Quantity times unit price."),
  }),
  Order: objectOf("A customer order.", {
    id: field("string", "Order ID", "Identifier of the order, such as ord-0001."),
    sequence: count("Sequence", "Increasing number in the order the orders were placed."),
    customerName: field("string", "Customer name", "Name of the customer."),
    customerEmail: field("string", "Customer email", "Email address of the customer.", { format: "email" }),
    status: field("string", "Status", "Where the order stands.", statusEnum),
    lines: listOf("OrderLine", "Lines", "Products on the order."),
    total: money("Total", "Sum of all line totals."),
    currency: field("string", "Currency", "ISO 4217 code of the order currency."),
    createdAt: timestamp("Created at", "When the order was placed (UTC)."),
    updatedAt: timestamp("Updated at", "When the order last changed (UTC)."),
  }),
  ProductPage: pageOf("Product", "products"),
  StockLevelPage: pageOf("StockLevel", "stock levels"),
  OrderPage: pageOf("Order", "orders"),
  // A batch trigger answers a bare array: the platform starts one run per item.
  NewOrders: listOf("Order", "New orders", "Orders placed since the last check, newest first."),
  OrderCreatedEvent: objectOf("Sent to the callback when an order is placed.", {
    id: field("string", "Event ID", "Identifier of the event, such as evt-0001."),
    type: field("string", "Event type", "Always order.created for this trigger.", { enum: ["order.created"] }),
    occurredAt: timestamp("Occurred at", "When the order was placed (UTC)."),
    data: ref("Order"),
  }),
  StockLowEvent: objectOf("Sent to the callback when a stock level drops to or below its reorder level.", {
    id: field("string", "Event ID", "Identifier of the event, such as evt-0001."),
    type: field("string", "Event type", "Always stock.low for this trigger.", { enum: ["stock.low"] }),
    occurredAt: timestamp("Occurred at", "When the stock level became low (UTC)."),
    data: ref("StockLevel"),
  }),
  WebhookSubscription: objectOf("A registered callback.", {
    id: field("string", "Subscription ID", "Identifier of the subscription, such as sub-0001."),
    eventType: field("string", "Event type", "Which event the callback receives.", { enum: [...EVENT_TYPES] }),
    createdAt: timestamp("Created at", "When the callback was registered (UTC)."),
  }),
  DeliveryAttempt: objectOf(
    "One try to send an event to a callback.",
    {
      attempt: count("Attempt", "Number of this try, starting at 1."),
      at: timestamp("At", "When this try ended (UTC)."),
      statusCode: count("Status code", "HTTP status the callback answered; absent when it could not be reached."),
      error: field("string", "Error", "Why the callback could not be reached; absent when it answered."),
    },
    ["attempt", "at"],
  ),
  WebhookDelivery: objectOf(
    "An event sent, or being sent, to one callback.",
    {
      id: field("string", "Delivery ID", "Identifier of the delivery, such as dlv-0001."),
      subscriptionId: field("string", "Subscription ID", "Subscription the event was sent for."),
      eventId: field("string", "Event ID", "Identifier of the event sent."),
      eventType: field("string", "Event type", "Type of the event sent.", { enum: [...EVENT_TYPES] }),
      state: field("string", "State", "Whether the callback accepted it, is being retried or was given up.", {
        enum: ["pending", "delivered", "failed", "cancelled"],
      }),
      attempts: listOf("DeliveryAttempt", "Attempts", "Every try so far, oldest first."),
      nextAttemptAt: timestamp("Next attempt at", "When the next try is due; absent once finished."),
    },
    ["id", "subscriptionId", "eventId", "eventType", "state", "attempts"],
  ),
  WebhookDeliveryList: objectOf("Recent webhook deliveries, newest first.", {
    value: listOf("WebhookDelivery", "Deliveries", "Recent deliveries, newest first."),
  }),
};
