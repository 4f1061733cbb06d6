import { ORDER_STATUSES, PRODUCT_CATEGORIES } from "../domain/inventory-types.ts";
import { field, listOf, objectOf, type TJson } from "./schema-builders.ts";

const important = { "x-ms-visibility": "important" };
const advanced = { "x-ms-visibility": "advanced" };

// Request bodies, kept apart from response shapes because the maker fills these in a form.
export const SWAGGER_INPUT_DEFINITIONS: Record<string, TJson> = {
  NewProduct: objectOf(
    "A product to add.",
    {
      sku: field("string", "SKU", "Unique stock keeping unit code, up to 40 characters.", important),
      name: field("string", "Name", "Name of the product, up to 120 characters.", important),
      description: field("string", "Description", "Longer text about the product.", advanced),
      category: field("string", "Category", "Range the product belongs to.", { enum: [...PRODUCT_CATEGORIES], ...important }),
      unitPrice: field("number", "Unit price", "Price of one unit in EUR, 0 or more.", { format: "double", ...important }),
      quantityOnHand: field("integer", "Quantity on hand", "Units in stock to start with (default 0).", { format: "int32", ...advanced }),
      reorderLevel: field("integer", "Reorder level", "Stock at or below this counts as low (default 5).", { format: "int32", ...advanced }),
    },
    ["sku", "name", "category", "unitPrice"],
  ),
  ProductChanges: objectOf(
    "Fields of a product to change; leave out the ones that stay.",
    {
      sku: field("string", "SKU", "New unique stock keeping unit code."),
      name: field("string", "Name", "New name of the product."),
      description: field("string", "Description", "New longer text about the product."),
      category: field("string", "Category", "New range of the product.", { enum: [...PRODUCT_CATEGORIES] }),
      unitPrice: field("number", "Unit price", "New price of one unit in EUR.", { format: "double" }),
    },
    [],
  ),
  StockChange: objectOf(
    "New stock figures for a product.",
    {
      quantityOnHand: field("integer", "Quantity on hand", "Units in the warehouse now, 0 or more.", { format: "int32", ...important }),
      reorderLevel: field("integer", "Reorder level", "Stock at or below this counts as low.", { format: "int32", ...advanced }),
    },
    ["quantityOnHand"],
  ),
  NewOrderLine: objectOf("One product to order.", {
    productId: field("string", "Product ID", "Identifier of the product to order, such as prd-0004.", { example: "prd-0004" }),
    quantity: field("integer", "Quantity", "Units to order, 1 to 1000.", { format: "int32", example: 1 }),
  }),
  NewOrder: objectOf("An order to place; stock is taken at once.", {
    customerName: field("string", "Customer name", "Name of the customer.", { example: "Ada Lovelace", ...important }),
    customerEmail: field("string", "Customer email", "Email address of the customer.", { format: "email", example: "ada@example.com", ...important }),
    lines: { ...listOf("NewOrderLine", "Lines", "Products to order, 1 to 50 lines."), ...important },
  }),
  OrderChanges: objectOf(
    "Fields of an order to change; leave out the ones that stay.",
    {
      status: field("string", "Status", "New status: pending orders ship or cancel, shipped orders are delivered.", {
        enum: [...ORDER_STATUSES],
      }),
      customerName: field("string", "Customer name", "New name of the customer."),
      customerEmail: field("string", "Customer email", "New email address of the customer.", { format: "email" }),
    },
    [],
  ),
};
