import type { ReadViewer } from "../types.ts";

export type EligibilityViewer = ReadViewer & { upn: string; isAdmin: boolean };

export type EligibilityTarget =
  { allowed: true; isSelf: true } | { allowed: true; isSelf: false; who: string } | { allowed: false; code: "eligibility.others_admin_only"; reason: string };

/**
 * Whose licence may this viewer check? Their own always (no `who`, or their own principal name or id); another
 * person's verdict is for administrators only.
 */
export function canCheckEligibilityOf(viewer: EligibilityViewer, who: string | undefined): EligibilityTarget {
  if (!who || who.toLowerCase() === viewer.upn.toLowerCase() || who === viewer.userId) return { allowed: true, isSelf: true };
  if (!viewer.isAdmin) {
    return {
      allowed: false,
      code: "eligibility.others_admin_only",
      reason: "Only administrators can check another person's licence; leave out user to check your own.",
    };
  }
  return { allowed: true, isSelf: false, who };
}
