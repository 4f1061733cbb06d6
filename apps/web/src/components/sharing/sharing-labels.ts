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
