import type { Actor, RequestStage, SharingAction } from "../types.ts";
import { transitionSharingRequest } from "./transition-sharing-request.ts";

export type AvailableSharingAction = {
  action: SharingAction;
  /** The step that moves the request forward (the one to press when all is well). */
  isForward: boolean;
  noteRequired: boolean;
};

export type AvailableSharingActionsOptions = {
  request: { stage: RequestStage; requesterId: string; version: number };
  actor: Actor;
};

// Forward steps first, then sending back, rejecting, and the maker's own actions.
const ORDER: readonly SharingAction[] = [
  "start_maker_checks",
  "complete_maker_checks",
  "complete_risk_assessment",
  "approve",
  "resubmit",
  "request_changes",
  "reject",
  "withdraw",
];
const FORWARD: ReadonlySet<SharingAction> = new Set(["start_maker_checks", "complete_maker_checks", "complete_risk_assessment", "approve", "resubmit"]);
const NOTE_REQUIRED: ReadonlySet<SharingAction> = new Set(["reject", "request_changes"]);

/**
 * The review actions this person may take on this request now, from the same rules that decide a transition, so a
 * page never offers a button the server would refuse.
 */
export function availableSharingActions(options: AvailableSharingActionsOptions): AvailableSharingAction[] {
  return ORDER.filter((action) => transitionSharingRequest({ request: options.request, action, actor: options.actor, note: "(probe)" }).ok).map((action) => ({
    action,
    isForward: FORWARD.has(action),
    noteRequired: NOTE_REQUIRED.has(action),
  }));
}
