import type { SharingScope } from "../types.ts";

export type ImportScopeDecision = { allowed: true; scope: "PRIVATE" } | { allowed: false; message: string };

const WORDS: Record<SharingScope, string> = {
  PRIVATE: "only you",
  USERS: "named people or groups",
  ORGANIZATION: "the whole organization",
  PUBLIC: "everyone (public)",
};

/**
 * The scope a connector may have when it is imported. Every scope wider than PRIVATE is reached only through a
 * sharing request: computeSharingGates asks even ORGANIZATION for support details an import does not carry (business
 * justification, conditions of use, secret handling) and SHARING_TRANSITIONS sends every request through an
 * administrator's stages. No sharing rule grants a wider scope without that review, so an import is PRIVATE, for
 * makers and administrators alike.
 */
export function checkImportScope(options: { scope?: SharingScope | null }): ImportScopeDecision {
  const scope = options.scope ?? "PRIVATE";
  if (scope === "PRIVATE") return { allowed: true, scope };
  return {
    allowed: false,
    message:
      `A connector is imported as a private draft, so it cannot be shared with ${WORDS[scope]} at import (scope=${scope}). ` +
      "Import it without a scope (or with scope=PRIVATE), then request sharing on its Share page (/connectors/<slug>/share): an administrator reviews the request before it is shared.",
  };
}
