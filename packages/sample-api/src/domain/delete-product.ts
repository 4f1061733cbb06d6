import { AppError } from "../http/app-error.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { requireProduct } from "./require-product.ts";

// Orders keep a copy of each line, so deleting a product only blocks while an order still has to ship it.
export function deleteProduct({ state }: TInventoryContext, productId: string): void {
  requireProduct(state, productId);
  for (const order of state.orders.values()) {
    if (order.status === "pending" && order.lines.some((line) => line.productId === productId)) {
      throw new AppError("conflict", `Product ${productId} is on pending order ${order.id}; ship or cancel that order before deleting the product.`);
    }
  }
  state.products.delete(productId);
  state.stock.delete(productId);
}
