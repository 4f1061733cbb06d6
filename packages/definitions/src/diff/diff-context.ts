import { CHANGE_CODES } from "./change-codes.ts";
import { findUnchangedRefs } from "./find-unchanged-refs.ts";
import { PairSet } from "./pair-set.ts";
import { createRefResolver, type TRefResolver } from "./resolve-ref.ts";
import type { TChange, TChangeCode, TJsonObject } from "./types.ts";

export interface TDiffContext {
  before: TJsonObject;
  after: TJsonObject;
  beforeRefs: TRefResolver;
  afterRefs: TRefResolver;
  changes: TChange[];
  /** Shared entries ("#/definitions/Pet") identical in both versions, with all they refer to. */
  unchangedRefs: Set<string>;
  /** Schema pairs already walked without finding anything, per direction; shared definitions are walked once. */
  cleanPairs: { request: PairSet; response: PairSet };
  /** Every report call and every cycle cut, so a walk can tell whether its subtree was clean. */
  counters: { reports: number; cuts: number };
  report(code: TChangeCode, path: string, message: string, operationId?: string): void;
}

export function createDiffContext(before: TJsonObject, after: TJsonObject): TDiffContext {
  const changes: TChange[] = [];
  const seen = new Set<string>();
  const counters = { reports: 0, cuts: 0 };
  return {
    before,
    after,
    beforeRefs: createRefResolver(before, "before"),
    afterRefs: createRefResolver(after, "after"),
    changes,
    unchangedRefs: findUnchangedRefs(before, after),
    cleanPairs: { request: new PairSet(), response: new PairSet() },
    counters,
    report(code, path, message, operationId) {
      counters.reports++;
      // A schema shared by several inputs of one operation is walked once per use; say it once.
      const key = `${code}\u0000${path}\u0000${operationId ?? ""}`;
      if (seen.has(key)) return;
      seen.add(key);
      // Key order matches the documented JSON shape.
      const change: TChange = { code, kind: CHANGE_CODES[code].kind, path, ...(operationId === undefined ? {} : { operationId }), message };
      changes.push(change);
    },
  };
}
