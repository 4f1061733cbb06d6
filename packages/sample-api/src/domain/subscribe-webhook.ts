import type { TEventType, TSubscription } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { formatId } from "./seed-inventory.ts";

export type TSubscribeWebhookInput = { eventType: TEventType; callbackUrl: string };

export function subscribeWebhook({ state, now }: TInventoryContext, input: TSubscribeWebhookInput): TSubscription {
  state.counters.subscription += 1;
  const subscription: TSubscription = {
    id: formatId("sub", state.counters.subscription),
    eventType: input.eventType,
    callbackUrl: input.callbackUrl,
    createdAt: now().toISOString(),
  };
  state.subscriptions.set(subscription.id, subscription);
  return subscription;
}
