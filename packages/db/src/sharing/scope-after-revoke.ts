import type { SharingScope } from "../generated/prisma/enums.ts";

interface ScopedConnector {
  scope: SharingScope;
  shares: readonly { id: string; principalType: string; revokedAt: Date | null }[];
}

/**
 * The connector's scope once one share is revoked: what its remaining shares grant (an organization share keeps it
 * organization-wide, or public when it was). `revokeShare` writes it, `previewShareRevocation` reads with it.
 */
export function scopeAfterRevoke(connector: ScopedConnector, shareId: string): SharingScope {
  const remaining = connector.shares.filter((s) => s.id !== shareId && !s.revokedAt);
  return remaining.some((s) => s.principalType === "ORGANIZATION")
    ? connector.scope === "PUBLIC"
      ? "PUBLIC"
      : "ORGANIZATION"
    : remaining.length > 0
      ? "USERS"
      : "PRIVATE";
}
