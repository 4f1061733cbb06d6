import type { FastifyBaseLogger } from "fastify";
import type { TDelivery, TInventoryEvent, TSubscription } from "../domain/inventory-types.ts";
import type { TInventoryContext } from "../domain/inventory-context.ts";
import { formatId } from "../domain/seed-inventory.ts";
import { computeBackoffDelay, type TRetryPolicy } from "./compute-backoff-delay.ts";
import { redactUrl } from "./redact-url.ts";

export type TWebhookDispatcher = {
  publish: (events: readonly TInventoryEvent[]) => void;
  close: () => void;
};

export type TWebhookDispatcherOptions = {
  context: TInventoryContext;
  retry: TRetryPolicy;
  log: FastifyBaseLogger;
};

const MAX_KEPT_DELIVERIES = 500;

export function createWebhookDispatcher({ context, retry, log }: TWebhookDispatcherOptions): TWebhookDispatcher {
  const { state, now } = context;
  const timers = new Set<NodeJS.Timeout>();
  let isClosed = false;

  function schedule(run: () => Promise<void>, delayMs: number): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      void run();
    }, delayMs);
    // Pending retries must not keep a stopping process alive.
    timer.unref();
    timers.add(timer);
  }

  async function attempt(delivery: TDelivery, subscription: TSubscription, event: TInventoryEvent): Promise<void> {
    if (isClosed) return;
    if (!state.subscriptions.has(subscription.id)) {
      delivery.state = "cancelled";
      delete delivery.nextAttemptAt;
      return;
    }
    const number = delivery.attempts.length + 1;
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(subscription.callbackUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "x-sample-event": event.type, "x-sample-delivery": delivery.id },
        body: JSON.stringify(event),
        redirect: "manual",
        signal: AbortSignal.timeout(retry.timeoutMs),
      });
      statusCode = response.status;
      await response.body?.cancel();
    } catch (cause) {
      error = cause instanceof Error && cause.name === "TimeoutError" ? `no answer within ${retry.timeoutMs} ms` : "could not connect to the callback URL";
    }
    delivery.attempts.push({
      attempt: number,
      at: now().toISOString(),
      ...(statusCode === null ? {} : { statusCode }),
      ...(error === null ? {} : { error }),
    });
    const target = redactUrl(subscription.callbackUrl);
    if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
      delivery.state = "delivered";
      delete delivery.nextAttemptAt;
      log.info({ deliveryId: delivery.id, event: event.type, target, attempt: number }, "webhook delivered");
      return;
    }
    // 410 Gone is how a subscriber says "stop": the subscription ends instead of being retried.
    if (statusCode === 410) {
      state.subscriptions.delete(subscription.id);
      delivery.state = "cancelled";
      delete delivery.nextAttemptAt;
      log.info({ deliveryId: delivery.id, target }, "webhook subscriber answered 410 Gone; subscription removed");
      return;
    }
    if (number >= retry.maxAttempts) {
      delivery.state = "failed";
      delete delivery.nextAttemptAt;
      log.warn({ deliveryId: delivery.id, event: event.type, target, attempts: number }, "webhook delivery failed; giving up");
      return;
    }
    const delayMs = computeBackoffDelay(number, retry);
    delivery.nextAttemptAt = new Date(now().getTime() + delayMs).toISOString();
    log.info({ deliveryId: delivery.id, target, attempt: number, statusCode, retryInMs: delayMs }, "webhook delivery failed; will retry");
    schedule(() => attempt(delivery, subscription, event), delayMs);
  }

  return {
    publish(events) {
      if (isClosed) return;
      for (const event of events) {
        for (const subscription of state.subscriptions.values()) {
          if (subscription.eventType !== event.type) continue;
          state.counters.delivery += 1;
          const delivery: TDelivery = {
            id: formatId("dlv", state.counters.delivery),
            subscriptionId: subscription.id,
            eventId: event.id,
            eventType: event.type,
            state: "pending",
            attempts: [],
            nextAttemptAt: now().toISOString(),
          };
          state.deliveries.push(delivery);
          if (state.deliveries.length > MAX_KEPT_DELIVERIES) state.deliveries.shift();
          schedule(() => attempt(delivery, subscription, event), 0);
        }
      }
    },
    close() {
      isClosed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
