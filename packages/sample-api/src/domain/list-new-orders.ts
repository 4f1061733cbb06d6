import type { TOrder } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";

export type TListNewOrdersOptions = { afterSequence: number; limit: number };

export type TNewOrders = { orders: TOrder[]; cursor: number };

// Takes the oldest unseen orders first so none is skipped when more than `limit` arrive between polls,
// then returns them newest first as the platform expects.
export function listNewOrders({ state }: TInventoryContext, { afterSequence, limit }: TListNewOrdersOptions): TNewOrders {
  const unseen = [...state.orders.values()].filter((order) => order.sequence > afterSequence).sort((a, b) => a.sequence - b.sequence);
  const batch = unseen.slice(0, limit);
  const cursor = batch.reduce((max, order) => Math.max(max, order.sequence), afterSequence);
  return { orders: batch.reverse(), cursor };
}

export function latestOrderSequence({ state }: TInventoryContext): number {
  return state.counters.sequence;
}
