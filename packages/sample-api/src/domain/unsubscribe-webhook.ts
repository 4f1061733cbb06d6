import { AppError } from "../http/app-error.ts";
import type { TInventoryContext } from "./inventory-context.ts";

// Deliveries still waiting for a retry see the subscription gone and stop.
export function unsubscribeWebhook({ state }: TInventoryContext, subscriptionId: string): void {
  if (!state.subscriptions.delete(subscriptionId)) {
    throw new AppError("not_found", `No webhook subscription has id '${subscriptionId}'; it may already be deleted.`);
  }
}
