import { lifecycleAfterSharingStep } from "@connector-hub/governance";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { RequestStage } from "../generated/prisma/enums.ts";
import type { SharingActor } from "./sharing-types.ts";

/** Moves the connector's lifecycle as the governance rule says for the stage just reached. */
export async function moveConnectorLifecycle(
  tx: Prisma.TransactionClient,
  connectorId: string,
  stage: RequestStage,
  actor: SharingActor,
  requestId: string | null,
) {
  const connector = await tx.connector.findUniqueOrThrow({ where: { id: connectorId }, select: { lifecycle: true, sharedVersionId: true } });
  const next = lifecycleAfterSharingStep({ lifecycle: connector.lifecycle, stage, hasSharedVersion: connector.sharedVersionId !== null });
  if (next === connector.lifecycle) return;
  await tx.connector.update({ where: { id: connectorId }, data: { lifecycle: next } });
  await recordAuditEvent(tx, {
    actor,
    action: "connector.lifecycle_changed",
    entityType: "Connector",
    entityId: connectorId,
    before: { lifecycle: connector.lifecycle },
    after: { lifecycle: next },
    requestId,
  });
}
