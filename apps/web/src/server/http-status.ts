import type { ReasonCode } from "@connector-hub/governance";

/**
 * The one map from the hub's reason codes (governance's taxonomy, thrown as AppError) to HTTP statuses, for route
 * handlers (route.ts) and anything else that answers over HTTP. Below this edge no code knows about HTTP.
 */
export const HTTP_STATUS: Readonly<Record<ReasonCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** The owner already has as many custom connectors as their plan allows: a conflict with what exists, not a lack of rights. */
  LICENCE_CAP_REACHED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INSUFFICIENT_STORAGE: 507,
  /** A new version's breaking changes reach flows in environments: saving it needs an acknowledgement with a reason (#20). */
  ACKNOWLEDGEMENT_REQUIRED: 409,
};

export function httpStatusOf(code: ReasonCode): number {
  return HTTP_STATUS[code];
}
