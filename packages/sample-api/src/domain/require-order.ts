import { AppError } from "../http/app-error.ts";
import type { TInventoryState, TOrder } from "./inventory-types.ts";

export function requireOrder(state: TInventoryState, orderId: string): TOrder {
  const order = state.orders.get(orderId);
  if (!order) {
    throw new AppError("not_found", `No order has id '${orderId}'. List orders to find a valid id (they look like ord-0001).`);
  }
  return order;
}
