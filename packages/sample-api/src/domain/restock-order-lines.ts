import type { TOrder } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";

// Goods of an order that never ships go back on the shelf.
export function restockOrderLines({ state, now }: TInventoryContext, order: TOrder): void {
  for (const line of order.lines) {
    const stock = state.stock.get(line.productId);
    if (!stock) continue;
    const quantityOnHand = stock.quantityOnHand + line.quantity;
    state.stock.set(line.productId, {
      ...stock,
      quantityOnHand,
      isLow: quantityOnHand <= stock.reorderLevel,
      updatedAt: now().toISOString(),
    });
  }
}
