import type { EligibilityConnector } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { DbOrTx } from "../audit/record-audit-event.ts";
import { checkUserEligibility } from "./check-user-eligibility.ts";

/**
 * Refuses a user whose licence does not allow one more custom connector. At the cap it is 409 LICENCE_CAP_REACHED
 * ("You own 50 of 50 ...": what already exists is in the way, as in any other race loser); a plan that does not allow
 * custom connectors at all is 403. Call it inside the transaction that creates the connector (under
 * lockOwnerForCreation) so the count cannot race.
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
    const details = { rule: verdict.canCreate.rule, planThatWouldChangeIt: verdict.canCreate.planThatWouldChangeIt ?? null };
    if (verdict.canCreate.rule === "cap.reached") {
      const reason = verdict.canCreate.reason.replace(/\.$/, "");
      throw new AppError("LICENCE_CAP_REACHED", `${reason}, or ask an administrator for a higher limit.`, details);
    }
    throw new AppError("FORBIDDEN", verdict.canCreate.reason, details);
  }
}
