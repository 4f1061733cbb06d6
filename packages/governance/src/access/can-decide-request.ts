import { ROLE_ADMIN, type AccessDecision, type AccessUser } from "../types.ts";

/** May this user review and decide the sharing request? Administrators only, never their own. */
export function canDecideRequest(options: { request: { requesterId: string }; user: AccessUser }): AccessDecision {
  const { request, user } = options;
  if (!user.roles.includes(ROLE_ADMIN)) {
    return { allowed: false, code: "access.denied", reason: `Only administrators (${ROLE_ADMIN}) review sharing requests.` };
  }
  if (request.requesterId === user.id) {
    return {
      allowed: false,
      code: "access.own_request",
      reason: "You made this request, so another administrator must review it.",
    };
  }
  return { allowed: true, code: "access.admin", reason: "Administrators review sharing requests made by others." };
}
