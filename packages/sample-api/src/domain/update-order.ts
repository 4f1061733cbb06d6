import { AppError } from "../http/app-error.ts";
import type { TOrder, TOrderStatus } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { requireOrder } from "./require-order.ts";
import { restockOrderLines } from "./restock-order-lines.ts";

export type TUpdateOrderInput = {
  status?: TOrderStatus | undefined;
  customerName?: string | undefined;
  customerEmail?: string | undefined;
};

const NEXT_STATUSES: Record<TOrderStatus, readonly TOrderStatus[]> = {
  pending: ["shipped", "cancelled"],
  shipped: ["delivered"],
  delivered: [],
  cancelled: [],
};

export function updateOrder(context: TInventoryContext, orderId: string, input: TUpdateOrderInput): TOrder {
  const order = requireOrder(context.state, orderId);
  const { status } = input;
  if (status !== undefined && status !== order.status) {
    const allowed = NEXT_STATUSES[order.status];
    if (!allowed.includes(status)) {
      const hint = allowed.length > 0 ? `it can move to ${allowed.join(" or ")}` : "it can no longer change";
      throw new AppError("conflict", `Order ${orderId} is ${order.status}; ${hint}, not to ${status}.`);
    }
    if (status === "cancelled") restockOrderLines(context, order);
  }
  const updated: TOrder = {
    ...order,
    status: status ?? order.status,
    customerName: input.customerName ?? order.customerName,
    customerEmail: input.customerEmail ?? order.customerEmail,
    updatedAt: context.now().toISOString(),
  };
  context.state.orders.set(orderId, updated);
  return updated;
}
