import { sendWebhook, type WebhookDelivery } from "../notifications/send-webhook.ts";
import type { SharingChange, SharingNotifyOptions } from "./sharing-types.ts";

/** The webhook for a committed state change; resolves (never rejects) when delivered or given up. */
export function postSharingWebhook(change: SharingChange, options: SharingNotifyOptions = {}): Promise<WebhookDelivery> | undefined {
  if (!options.webhookUrl) return undefined;
  const link = `${(options.publicUrl ?? "").replace(/\/$/, "")}/requests/${change.requestId}`;
  return sendWebhook({
    url: options.webhookUrl,
    // "text" is what both Teams and Slack incoming webhooks render.
    payload: {
      text: `${change.message}${change.note ? ` Note: ${change.note}` : ""} ${link}`,
      requestId: change.requestId,
      stage: change.stage,
      connector: change.connectorTitle,
      by: change.actorLabel,
    },
    ...(options.onWebhookFailure ? { onFailure: options.onWebhookFailure } : {}),
  });
}
