import type { TInventoryEvent, TInventoryState } from "./inventory-types.ts";

// Domain functions get the state and a clock, and report the events they cause instead of sending them.
export type TInventoryContext = {
  state: TInventoryState;
  now: () => Date;
};

export type TWithEvents<T> = { result: T; events: TInventoryEvent[] };
