export const STAGE_LABELS: Record<string, string> = {
  SUBMITTED: "Submitted",
  MAKER_CHECKS: "Maker checks",
  RISK_ASSESSMENT: "Risk assessment",
  ADMIN_DECISION: "Admin decision",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
  CHANGES_REQUESTED: "Changes requested",
};

export const STAGE_TONES: Record<string, string> = {
  APPROVED: "bg-emerald-100 text-emerald-800",
  REJECTED: "bg-red-100 text-red-800",
  WITHDRAWN: "bg-slate-200 text-slate-700",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-800",
};

export const RISK_TONES: Record<string, string> = { low: "text-emerald-700", medium: "text-amber-700", high: "text-red-700" };

/** The buttons of the review actions governance offers (availableSharingActions). */
export const ACTION_LABELS: Record<string, string> = {
  start_maker_checks: "Start maker checks",
  complete_maker_checks: "Maker checks complete",
  complete_risk_assessment: "Risk assessed",
  approve: "Approve",
  resubmit: "Resubmit",
  request_changes: "Request changes",
  reject: "Reject",
  withdraw: "Withdraw",
};

/** "Share X with …": who a request is for, as a sentence ends. */
export const TARGET_PHRASES: Record<string, string> = {
  USERS: "named people and groups",
  ORGANIZATION: "the whole organization",
  PUBLIC: "the public",
  PRIVATE: "nobody yet",
};

/** Why the reviewer sees a comparison of two versions. */
export const COMPARISON_TITLES: Record<string, (from: number, to: number) => string> = {
  shared_now: (from, to) => `Version ${to} against version ${from}, which people get now`,
  attached_on_resubmit: (from, to) => `Version ${to}, attached on resubmission, against version ${from}, which was requested before`,
  uploaded_after: (from, to) =>
    `Version ${to}, uploaded after this request, against the requested version ${from} (approving shares version ${from}, not ${to})`,
};

/** The CoE support questions of a sharing request, in the order the form asks them and the request page shows them. */
export const SUPPORT_DETAIL_LABELS = [
  ["businessJustification", "Business justification"],
  ["impact", "Impact"],
  ["accessManagement", "Access management"],
  ["dependencies", "Dependencies"],
  ["conditionsOfUse", "Conditions of use"],
  ["mitigationPlan", "Mitigation plan"],
] as const;
