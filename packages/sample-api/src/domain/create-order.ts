import { AppError } from "../http/app-error.ts";
import type { TInventoryEvent, TOrder, TOrderLine } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { recordEvent } from "./record-event.ts";
import { requireProduct } from "./require-product.ts";
import { formatId } from "./seed-inventory.ts";
import { setStockQuantity } from "./set-stock-quantity.ts";

export type TCreateOrderInput = {
  customerName: string;
  customerEmail: string;
  lines: { productId: string; quantity: number }[];
};

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

// Checks every line before touching stock, so a refused order leaves stock exactly as it was.
export function createOrder(context: TInventoryContext, input: TCreateOrderInput): { result: TOrder; events: TInventoryEvent[] } {
  const { state, now } = context;
  const wanted = new Map<string, number>();
  for (const line of input.lines) wanted.set(line.productId, (wanted.get(line.productId) ?? 0) + line.quantity);

  const lines: TOrderLine[] = [];
  for (const [productId, quantity] of wanted) {
    const product = requireProduct(state, productId);
    const stock = state.stock.get(productId);
    const available = stock?.quantityOnHand ?? 0;
    if (available < quantity) {
      throw new AppError("conflict", `Only ${available} of product ${productId} (${product.sku}) in stock, ${quantity} ordered; order fewer or restock first.`);
    }
    lines.push({ productId, sku: product.sku, quantity, unitPrice: product.unitPrice, lineTotal: roundCents(product.unitPrice * quantity) });
  }

  const events: TInventoryEvent[] = [];
  for (const line of lines) {
    const stock = state.stock.get(line.productId);
    if (!stock) continue;
    events.push(...setStockQuantity(context, { stock, quantityOnHand: stock.quantityOnHand - line.quantity }).events);
  }
  const at = now().toISOString();
  state.counters.order += 1;
  state.counters.sequence += 1;
  const order: TOrder = {
    id: formatId("ord", state.counters.order),
    sequence: state.counters.sequence,
    customerName: input.customerName,
    customerEmail: input.customerEmail,
    status: "pending",
    lines,
    total: roundCents(lines.reduce((sum, line) => sum + line.lineTotal, 0)),
    currency: "EUR",
    createdAt: at,
    updatedAt: at,
  };
  state.orders.set(order.id, order);
  events.unshift(recordEvent(context, { type: "order.created", data: order }));
  return { result: order, events };
}
