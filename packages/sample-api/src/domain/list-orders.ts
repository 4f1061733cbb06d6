import type { TOrder, TOrderStatus } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { paginateItems, type TPage } from "./paginate-items.ts";

export type TListOrdersOptions = {
  status?: TOrderStatus | undefined;
  productId?: string | undefined;
  customerEmail?: string | undefined;
  page: number;
  pageSize: number;
};

// Newest first: that is what a person scanning recent orders wants to see.
export function listOrders({ state }: TInventoryContext, options: TListOrdersOptions): TPage<TOrder> {
  const email = options.customerEmail?.toLowerCase();
  const items = [...state.orders.values()]
    .filter((order) => {
      if (options.status && order.status !== options.status) return false;
      if (options.productId && !order.lines.some((line) => line.productId === options.productId)) return false;
      if (email && order.customerEmail.toLowerCase() !== email) return false;
      return true;
    })
    .sort((a, b) => b.sequence - a.sequence);
  return paginateItems({ items, page: options.page, pageSize: options.pageSize });
}
