import "server-only";
import type { SharingActor, SharingNotifyOptions } from "@connector-hub/db";
import { actorOf } from "./audit-actor.ts";
import type { Viewer } from "@/server/auth/viewer.ts";
import { sharingEnv } from "@/server/env.ts";
import { logger } from "@/server/logger.ts";

/** The signed-in person as the sharing and audit functions record them: a label that survives their account. */
export function sharingActorOf(viewer: Viewer): SharingActor {
  return actorOf(viewer);
}

/** The optional webhook from the settings; failures are logged, never shown to the person deciding. */
export function sharingNotifyOptions(): SharingNotifyOptions {
  const settings = sharingEnv();
  return {
    webhookUrl: settings.HUB_SHARING_WEBHOOK_URL ?? null,
    publicUrl: settings.HUB_PUBLIC_URL,
    onWebhookFailure: (info) => logger.warn(info, "sharing webhook delivery failed"),
  };
}
