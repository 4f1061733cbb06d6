import type { DbOrTx } from "../audit/record-audit-event.ts";

/** Stages of a request that is still waiting for a decision (at most one per connector: SharingRequest_one_open_per_connector). */
export const OPEN_STAGES = ["SUBMITTED", "MAKER_CHECKS", "RISK_ASSESSMENT", "ADMIN_DECISION", "CHANGES_REQUESTED"] as const;

/** The connector's open sharing request, if it has one. */
export async function findOpenSharingRequest(db: DbOrTx, connectorId: string) {
  return db.sharingRequest.findFirst({
    where: { connectorId, stage: { in: [...OPEN_STAGES] } },
    select: { id: true, stage: true, createdAt: true, requester: { select: { displayName: true } } },
  });
}
