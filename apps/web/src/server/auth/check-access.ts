import "server-only";
import type { Viewer } from "./viewer.ts";

/** What a route or server action demands of its caller; the authorization matrix test reads these too. */
export interface AuthPolicy {
  /** "admin": Hub.Admin only; "maker": Hub.Maker or Hub.Admin. No role: any signed-in person. */
  role?: "admin" | "maker";
  /** The API-token scope that lets a token call this; without one, tokens are refused (sessions only). */
  scope?: string;
  /** Anonymous callers pass the gate (the handler then decides what they may see). */
  allowAnonymous?: boolean;
}

export type AccessCheck = { allowed: true } | { allowed: false; code: "UNAUTHORIZED" | "FORBIDDEN"; reason: string; message: string };

/** The gate every wrapped route and server action passes through: who is asking, against the policy. */
export function checkAccess(viewer: Viewer | null, policy: AuthPolicy): AccessCheck {
  if (!viewer) {
    if (policy.allowAnonymous) return { allowed: true };
    return {
      allowed: false,
      code: "UNAUTHORIZED",
      reason: "anonymous",
      message: "Sign in first (/auth/sign-in), or send a personal API token as a Bearer token.",
    };
  }
  if (viewer.via === "token") {
    if (!policy.scope)
      return {
        allowed: false,
        code: "FORBIDDEN",
        reason: "token-not-allowed",
        message: "API tokens cannot call this; sign in to the hub in a browser instead.",
      };
    if (!viewer.tokenScopes.includes(policy.scope)) {
      return {
        allowed: false,
        code: "FORBIDDEN",
        reason: "token-scope",
        message: `This API token lacks the scope "${policy.scope}". Create a token with that scope (POST /api/v1/tokens).`,
      };
    }
  }
  if (policy.role === "admin" && !viewer.isAdmin)
    return { allowed: false, code: "FORBIDDEN", reason: "role", message: "Only administrators (app role Hub.Admin) can do this." };
  if (policy.role === "maker" && !viewer.isMaker && !viewer.isAdmin) {
    return {
      allowed: false,
      code: "FORBIDDEN",
      reason: "role",
      message: "Only makers (app role Hub.Maker) can do this; ask an administrator to assign you the Maker role.",
    };
  }
  return { allowed: true };
}
