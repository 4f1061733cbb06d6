import type { ReasonCode } from "../domain-reason.ts";

/** Where a connector stands in Microsoft's certification (a pull request to microsoft/PowerPlatformConnectors). */
export const CERTIFICATION_STATES = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "MERGED", "WITHDRAWN", "REJECTED"] as const;
export type CertificationState = (typeof CERTIFICATION_STATES)[number];

export const CERTIFICATION_STATE_WORDS: Readonly<Record<CertificationState, string>> = {
  SUBMITTED: "submitted",
  IN_REVIEW: "in review",
  CHANGES_REQUESTED: "changes requested",
  MERGED: "merged",
  WITHDRAWN: "withdrawn",
  REJECTED: "rejected",
};

// Which state may follow which. null: no certification yet, or the last attempt ended (withdrawn, rejected), so a new
// pull request starts at "submitted". Merged is final: a later change to a certified connector is a new pull request
// Microsoft tracks as an update, which the hub does not model.
const NEXT: Readonly<Record<CertificationState | "NONE", readonly CertificationState[]>> = {
  NONE: ["SUBMITTED"],
  SUBMITTED: ["IN_REVIEW", "CHANGES_REQUESTED", "MERGED", "WITHDRAWN", "REJECTED"],
  IN_REVIEW: ["CHANGES_REQUESTED", "MERGED", "WITHDRAWN", "REJECTED"],
  CHANGES_REQUESTED: ["SUBMITTED", "IN_REVIEW", "WITHDRAWN", "REJECTED"],
  MERGED: [],
  WITHDRAWN: ["SUBMITTED"],
  REJECTED: ["SUBMITTED"],
};

/** The states that may be recorded after `current` (null: nothing recorded yet). */
export function nextCertificationStates(current: CertificationState | null): readonly CertificationState[] {
  return NEXT[current ?? "NONE"];
}

const PULL_REQUEST = /^https:\/\/github\.com\/microsoft\/PowerPlatformConnectors\/pull\/([1-9][0-9]{0,8})\/?$/;

export interface CheckCertificationStepOptions {
  /** The newest recorded state and when it took effect (null: none yet). */
  previous: { state: CertificationState; effectiveAt: Date } | null;
  state: string;
  effectiveAt: Date;
  pullRequestUrl?: string | null;
  now?: Date;
}

export type CertificationStepCheck =
  | { ok: true; state: CertificationState; pullRequestUrl: string | null }
  | { ok: false; code: ReasonCode; field: "state" | "effectiveAt" | "pullRequestUrl"; message: string };

const day = (d: Date) => d.toISOString().slice(0, 10);

/** May this state be recorded next, on this date, with this pull request? Pure; every refusal says what to change. */
export function checkCertificationStep(options: CheckCertificationStepOptions): CertificationStepCheck {
  const { previous, effectiveAt } = options;
  const now = options.now ?? new Date();
  if (!(CERTIFICATION_STATES as readonly string[]).includes(options.state)) {
    return {
      ok: false,
      code: "BAD_REQUEST",
      field: "state",
      message: `"${options.state}" is not a certification state; use one of ${CERTIFICATION_STATES.join(", ")}.`,
    };
  }
  const state = options.state as CertificationState;
  const allowed = nextCertificationStates(previous?.state ?? null);
  if (!allowed.includes(state)) {
    const words = CERTIFICATION_STATE_WORDS[state];
    const message =
      previous === null
        ? `Nothing is recorded yet, so the certification cannot be ${words}: record "submitted" first.`
        : previous.state === "MERGED"
          ? `The certification is already merged, which is final; it cannot be ${words} now.`
          : `The certification is ${CERTIFICATION_STATE_WORDS[previous.state]}, so it cannot be ${words} next; record one of: ${allowed
              .map((s) => CERTIFICATION_STATE_WORDS[s])
              .join(", ")}.`;
    return { ok: false, code: "CONFLICT", field: "state", message };
  }
  if (Number.isNaN(effectiveAt.getTime())) {
    return { ok: false, code: "BAD_REQUEST", field: "effectiveAt", message: "The date is not a date; give it as YYYY-MM-DD." };
  }
  if (effectiveAt.getTime() > now.getTime()) {
    return {
      ok: false,
      code: "BAD_REQUEST",
      field: "effectiveAt",
      message: `The date ${day(effectiveAt)} is in the future; give the day the state took effect.`,
    };
  }
  if (previous && effectiveAt.getTime() < previous.effectiveAt.getTime()) {
    return {
      ok: false,
      code: "BAD_REQUEST",
      field: "effectiveAt",
      message: `The date ${day(effectiveAt)} is before the previous state (${CERTIFICATION_STATE_WORDS[previous.state]} on ${day(previous.effectiveAt)}); give a date on or after it.`,
    };
  }
  const url = options.pullRequestUrl?.trim() ?? "";
  if (url !== "" && !PULL_REQUEST.test(url)) {
    return {
      ok: false,
      code: "BAD_REQUEST",
      field: "pullRequestUrl",
      message: `"${url}" is not a pull request of microsoft/PowerPlatformConnectors; give its address, like https://github.com/microsoft/PowerPlatformConnectors/pull/1234.`,
    };
  }
  return { ok: true, state, pullRequestUrl: url === "" ? null : url.replace(/\/$/, "") };
}
