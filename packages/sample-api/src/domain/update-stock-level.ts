import { AppError } from "../http/app-error.ts";
import type { TInventoryEvent, TStockLevel } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { setStockQuantity } from "./set-stock-quantity.ts";

export type TUpdateStockLevelInput = { quantityOnHand: number; reorderLevel?: number | undefined };

export function updateStockLevel(
  context: TInventoryContext,
  productId: string,
  input: TUpdateStockLevelInput,
): { result: TStockLevel; events: TInventoryEvent[] } {
  const stock = requireStockLevel(context, productId);
  const { stock: result, events } = setStockQuantity(context, { stock, ...input });
  return { result, events };
}

export function requireStockLevel({ state }: TInventoryContext, productId: string): TStockLevel {
  const stock = state.stock.get(productId);
  if (!stock) {
    throw new AppError("not_found", `No stock level for product '${productId}'. List stock levels to find a valid product id.`);
  }
  return stock;
}
