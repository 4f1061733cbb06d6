import { canCheckEligibilityOf, canReadConnector, type EligibilityViewer, type UsageContext } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { DbOrTx } from "../audit/record-audit-event.ts";
import { findPerson } from "../people/find-person.ts";
import { checkUserEligibility, type UserEligibility } from "./check-user-eligibility.ts";

export interface CheckEligibilityAsOptions {
  viewer: EligibilityViewer;
  /** Whose licence: a principal name or user id; the viewer's own when left out. */
  user?: string;
  connectorSlug?: string;
  environmentId?: string;
  context?: UsageContext;
}

/**
 * The eligibility check as a signed-in person asks it: their own licence, or (administrators only) someone else's;
 * a connector they may not read answers as one that does not exist, so private slugs cannot be probed.
 */
export async function checkEligibilityAs(db: DbOrTx, options: CheckEligibilityAsOptions): Promise<UserEligibility> {
  const { viewer } = options;
  const target = canCheckEligibilityOf(viewer, options.user);
  if (!target.allowed) throw new AppError("FORBIDDEN", target.reason);
  let userId = viewer.userId;
  if (!target.isSelf) {
    const other = await findPerson(db, target.who);
    if (!other) throw new AppError("NOT_FOUND", `No user has the principal name ${target.who}: check the spelling.`);
    userId = other.id;
  }
  if (options.connectorSlug) {
    const connector = await db.connector.findUnique({ where: { slug: options.connectorSlug }, select: { ownerId: true, scope: true, shares: true } });
    if (!connector || !canReadConnector(connector, viewer).allowed)
      throw new AppError("NOT_FOUND", `There is no connector ${options.connectorSlug}: check the name in the catalog.`);
  }
  return checkUserEligibility(db, {
    userId,
    ...(options.connectorSlug ? { connector: { slug: options.connectorSlug } } : {}),
    ...(options.environmentId ? { environmentId: options.environmentId } : {}),
    ...(options.context ? { context: options.context } : {}),
  });
}
