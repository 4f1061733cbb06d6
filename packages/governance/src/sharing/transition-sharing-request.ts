import { ROLE_ADMIN, type Actor, type RequestStage, type SharingAction, type TransitionResult } from "../types.ts";

export type TransitionSharingRequestOptions = {
  /** stage is null for a request that has not been submitted yet. */
  request: { stage: RequestStage | null; requesterId: string; version: number };
  action: SharingAction;
  actor: Actor;
  note?: string | null;
  now?: Date;
};

type Rule = { from: readonly (RequestStage | null)[]; to: RequestStage; by: "requester" | "admin"; noteRequired: boolean };

const IN_REVIEW: readonly RequestStage[] = ["SUBMITTED", "MAKER_CHECKS", "RISK_ASSESSMENT", "ADMIN_DECISION"];

// The CoE kit's three stages (maker's answers, risk, admin decision) in order; a reviewer may
// reject or send back at any of them, the requester may withdraw until a decision.
export const SHARING_TRANSITIONS: Readonly<Record<SharingAction, Rule>> = {
  submit: { from: [null], to: "SUBMITTED", by: "requester", noteRequired: false },
  start_maker_checks: { from: ["SUBMITTED"], to: "MAKER_CHECKS", by: "admin", noteRequired: false },
  complete_maker_checks: { from: ["MAKER_CHECKS"], to: "RISK_ASSESSMENT", by: "admin", noteRequired: false },
  complete_risk_assessment: { from: ["RISK_ASSESSMENT"], to: "ADMIN_DECISION", by: "admin", noteRequired: false },
  approve: { from: ["ADMIN_DECISION"], to: "APPROVED", by: "admin", noteRequired: false },
  reject: { from: IN_REVIEW, to: "REJECTED", by: "admin", noteRequired: true },
  request_changes: { from: IN_REVIEW, to: "CHANGES_REQUESTED", by: "admin", noteRequired: true },
  resubmit: { from: ["CHANGES_REQUESTED"], to: "SUBMITTED", by: "requester", noteRequired: false },
  withdraw: { from: [...IN_REVIEW, "CHANGES_REQUESTED"], to: "WITHDRAWN", by: "requester", noteRequired: false },
};

const TERMINAL: ReadonlySet<RequestStage> = new Set(["APPROVED", "REJECTED", "WITHDRAWN"]);

const STAGE_WORDS: Record<RequestStage, string> = {
  SUBMITTED: "submitted and waiting for review",
  MAKER_CHECKS: "in maker checks",
  RISK_ASSESSMENT: "in risk assessment",
  ADMIN_DECISION: "waiting for the admin decision",
  APPROVED: "approved",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
  CHANGES_REQUESTED: "waiting for the maker's changes",
};

const ACTION_WORDS: Record<SharingAction, string> = {
  submit: "submit",
  start_maker_checks: "start maker checks on",
  complete_maker_checks: "complete maker checks on",
  complete_risk_assessment: "complete the risk assessment of",
  approve: "approve",
  reject: "reject",
  request_changes: "request changes to",
  resubmit: "resubmit",
  withdraw: "withdraw",
};

/**
 * One step of the sharing review. Pure: the caller stores the step and writes the new stage
 * with `where version = request.version`, so that of concurrent decisions only one lands.
 */
export function transitionSharingRequest(options: TransitionSharingRequestOptions): TransitionResult {
  const { request, action, actor } = options;
  const rule = Object.hasOwn(SHARING_TRANSITIONS, action) ? SHARING_TRANSITIONS[action] : undefined;
  if (rule === undefined) {
    return {
      ok: false,
      code: "transition.not_allowed",
      message: `"${String(action)}" is not a review action; use one of ${Object.keys(SHARING_TRANSITIONS).join(", ")}.`,
      reason: "UNPROCESSABLE",
    };
  }
  const stageText = request.stage === null ? "not submitted yet" : STAGE_WORDS[request.stage];
  if (request.stage !== null && TERMINAL.has(request.stage)) {
    return {
      ok: false,
      code: "transition.terminal",
      message: `This request is already ${stageText}, which is final, so you cannot ${ACTION_WORDS[action]} it. Start a new request to change its sharing.`,
      reason: "CONFLICT",
    };
  }
  const isRequester = actor.id === request.requesterId;
  if (rule.by === "requester" && !isRequester) {
    return {
      ok: false,
      code: "transition.not_requester",
      message: `Only the maker who made this request can ${ACTION_WORDS[action]} it.`,
      reason: "FORBIDDEN",
    };
  }
  if (rule.by === "admin") {
    if (!actor.roles.includes(ROLE_ADMIN)) {
      return {
        ok: false,
        code: "transition.not_admin",
        message: `Only an administrator (${ROLE_ADMIN}) can ${ACTION_WORDS[action]} a sharing request.`,
        reason: "FORBIDDEN",
      };
    }
    if (isRequester) {
      return {
        ok: false,
        code: "transition.own_request",
        message: `You made this request, so you cannot ${ACTION_WORDS[action]} it; another administrator must review it.`,
        reason: "FORBIDDEN",
      };
    }
  }
  if (!rule.from.includes(request.stage)) {
    return {
      ok: false,
      code: "transition.not_allowed",
      message: `You cannot ${ACTION_WORDS[action]} a request that is ${stageText}; it may be done only when the request is ${rule.from
        .map((s) => (s === null ? "not submitted yet" : STAGE_WORDS[s]))
        .join(" or ")}.`,
      reason: "CONFLICT",
    };
  }
  const note = (options.note ?? "").trim();
  if (rule.noteRequired && note === "") {
    return {
      ok: false,
      code: "transition.note_required",
      message: `Add a note saying why, so the maker knows what to change, before you ${ACTION_WORDS[action]} this request.`,
      reason: "UNPROCESSABLE",
    };
  }
  return {
    ok: true,
    stage: rule.to,
    step: {
      from: request.stage,
      to: rule.to,
      action,
      actorId: actor.id,
      note: note === "" ? null : note,
      ...(options.now ? { at: options.now } : {}),
    },
    version: request.version + 1,
    appliesShares: rule.to === "APPROVED",
  };
}
