import { diffDefinitions, type TChange } from "@connector-hub/definitions";
import type { DbOrTx } from "../audit/record-audit-event.ts";

export interface VersionComparison {
  /** Why the reviewer is shown this comparison. */
  reason: "shared_now" | "uploaded_after" | "attached_on_resubmit";
  fromNumber: number;
  toNumber: number;
  breakingCount: number;
  changes: TChange[];
}

export interface CompareRequestVersionsOptions {
  connectorId: string;
  requestedNumber: number;
  /** The version people get today (an earlier approval), if any. */
  sharedNumber: number | null;
  /** The version the request was for before the maker attached the requested one on resubmission, if different. */
  previousRequestedNumber: number | null;
  latestNumber: number;
}

/**
 * What a reviewer must see before deciding a pinned request: the breaking changes of the requested version against
 * what people get now, against the version the request was first made for, and of any newer upload against the
 * requested version (which approval will not share).
 */
export async function compareRequestVersions(db: DbOrTx, options: CompareRequestVersionsOptions): Promise<VersionComparison[]> {
  const pairs: { reason: VersionComparison["reason"]; from: number; to: number }[] = [];
  const { requestedNumber: requested } = options;
  if (options.sharedNumber !== null && options.sharedNumber !== requested) pairs.push({ reason: "shared_now", from: options.sharedNumber, to: requested });
  if (options.previousRequestedNumber !== null && options.previousRequestedNumber !== requested && options.previousRequestedNumber !== options.sharedNumber) {
    pairs.push({ reason: "attached_on_resubmit", from: options.previousRequestedNumber, to: requested });
  }
  if (options.latestNumber > requested) pairs.push({ reason: "uploaded_after", from: requested, to: options.latestNumber });
  if (pairs.length === 0) return [];
  const numbers = [...new Set(pairs.flatMap((p) => [p.from, p.to]))];
  const versions = await db.connectorVersion.findMany({
    where: { connectorId: options.connectorId, number: { in: numbers } },
    select: { number: true, definition: true },
  });
  const byNumber = new Map(versions.map((v) => [v.number, v.definition]));
  return pairs.flatMap((p) => {
    const before = byNumber.get(p.from);
    const after = byNumber.get(p.to);
    if (before === undefined || after === undefined) return [];
    const diff = diffDefinitions(before, after);
    const changes = [...diff.changes].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "breaking" ? -1 : 1));
    return [{ reason: p.reason, fromNumber: p.from, toNumber: p.to, breakingCount: diff.summary.breaking, changes }];
  });
}
