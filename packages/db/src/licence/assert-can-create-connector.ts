import type { EligibilityConnector } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { DbOrTx } from "../audit/record-audit-event.ts";
import { checkUserEligibility } from "./check-user-eligibility.ts";

/**
 * Refuses (403, with the eligibility rule's own sentence: "You own 50 of 50 ...") a user whose licence does not allow
 * one more custom connector. Call it inside the transaction that creates the connector so the count cannot race.
 */
export async function assertCanCreateConnector(
  db: DbOrTx,
  userId: string,
  options: { connector?: Pick<EligibilityConnector, "hosting" | "host" | "authType" | "gatewayName">; environmentId?: string; now?: Date } = {},
): Promise<void> {
  const verdict = await checkUserEligibility(db, {
    userId,
    ...(options.connector ? { connector: { ...options.connector, ownerId: userId } } : {}),
    ...(options.environmentId ? { environmentId: options.environmentId } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (!verdict.canCreate.allowed) {
    throw new AppError("FORBIDDEN", verdict.canCreate.reason, { rule: verdict.canCreate.rule, planThatWouldChangeIt: verdict.canCreate.planThatWouldChangeIt ?? null });
  }
}
