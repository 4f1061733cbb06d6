import type { Lifecycle, RequestStage } from "../types.ts";

export type LifecycleAfterSharingStepOptions = {
  lifecycle: Lifecycle;
  /** The stage the request has just reached. */
  stage: RequestStage;
  /** Whether people already get an approved version of this connector (an earlier approval). */
  hasSharedVersion: boolean;
};

/**
 * The connector's lifecycle after a sharing step, as the design's lifecycle reads (draft → in review → published):
 * a submitted request puts a draft in review; approval publishes it; a rejected or withdrawn request returns a
 * connector in review to draft, or to published when an earlier approval still stands. Deprecated and retired
 * connectors are never moved by sharing (they cannot be shared).
 */
export function lifecycleAfterSharingStep(options: LifecycleAfterSharingStepOptions): Lifecycle {
  const { lifecycle, stage } = options;
  if (lifecycle === "DEPRECATED" || lifecycle === "RETIRED") return lifecycle;
  switch (stage) {
    case "SUBMITTED":
      return lifecycle === "DRAFT" ? "IN_REVIEW" : lifecycle;
    case "APPROVED":
      return "PUBLISHED";
    case "REJECTED":
    case "WITHDRAWN":
      if (lifecycle !== "IN_REVIEW") return lifecycle;
      return options.hasSharedVersion ? "PUBLISHED" : "DRAFT";
    default:
      return lifecycle;
  }
}
