import type { TInventoryEvent, TOrder, TStockLevel } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { formatId } from "./seed-inventory.ts";

export type TEventInput = { type: "order.created"; data: TOrder } | { type: "stock.low"; data: TStockLevel };

export function recordEvent({ state, now }: TInventoryContext, input: TEventInput): TInventoryEvent {
  state.counters.event += 1;
  const base = { id: formatId("evt", state.counters.event), occurredAt: now().toISOString() };
  return input.type === "order.created"
    ? { ...base, type: "order.created", data: structuredClone(input.data) }
    : { ...base, type: "stock.low", data: structuredClone(input.data) };
}
