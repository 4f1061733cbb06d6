import { AppError } from "../http/app-error.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { requireOrder } from "./require-order.ts";
import { restockOrderLines } from "./restock-order-lines.ts";

export function deleteOrder(context: TInventoryContext, orderId: string): void {
  const order = requireOrder(context.state, orderId);
  if (order.status === "shipped") {
    throw new AppError("conflict", `Order ${orderId} has shipped; mark it delivered before deleting it.`);
  }
  if (order.status === "pending") restockOrderLines(context, order);
  context.state.orders.delete(orderId);
}
