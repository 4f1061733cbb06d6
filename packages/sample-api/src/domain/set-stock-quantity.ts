import type { TInventoryEvent, TStockLevel } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { recordEvent } from "./record-event.ts";

export type TSetStockQuantityOptions = { stock: TStockLevel; quantityOnHand: number; reorderLevel?: number | undefined };

// "Stock low" fires when a level crosses the reorder line, not on every change below it, so a flow gets one alert.
export function setStockQuantity(
  context: TInventoryContext,
  { stock, quantityOnHand, reorderLevel }: TSetStockQuantityOptions,
): { stock: TStockLevel; events: TInventoryEvent[] } {
  const nextReorderLevel = reorderLevel ?? stock.reorderLevel;
  const updated: TStockLevel = {
    ...stock,
    quantityOnHand,
    reorderLevel: nextReorderLevel,
    isLow: quantityOnHand <= nextReorderLevel,
    updatedAt: context.now().toISOString(),
  };
  context.state.stock.set(stock.productId, updated);
  const events = updated.isLow && !stock.isLow ? [recordEvent(context, { type: "stock.low", data: updated })] : [];
  return { stock: updated, events };
}
