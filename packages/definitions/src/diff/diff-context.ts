import { CHANGE_CODES } from "./change-codes.ts";
import { createRefResolver, type TRefResolver } from "./resolve-ref.ts";
import type { TChange, TChangeCode, TJsonObject } from "./types.ts";

export interface TDiffContext {
  before: TJsonObject;
  after: TJsonObject;
  beforeRefs: TRefResolver;
  afterRefs: TRefResolver;
  changes: TChange[];
  /** Schema pairs already walked without finding anything; shared definitions are walked once. */
  cleanPairs: Set<string>;
  /** Every report call and every cycle cut, so a walk can tell whether its subtree was clean. */
  counters: { reports: number; cuts: number };
  report(code: TChangeCode, path: string, message: string, operationId?: string): void;
}

export function createDiffContext(before: TJsonObject, after: TJsonObject): TDiffContext {
  const changes: TChange[] = [];
  const seen = new Set<string>();
  return {
    before,
    after,
    beforeRefs: createRefResolver(before, "before"),
    afterRefs: createRefResolver(after, "after"),
    changes,
    cleanPairs: new Set(),
    counters: { reports: 0, cuts: 0 },
    report(code, path, message, operationId) {
      this.counters.reports++;
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

/**
 * Walks one schema pair unless it is known clean, and remembers it as clean when the walk reported
 * nothing and cut no cycle (a cut subtree's cleanliness depends on the walk that cut it).
 */
export function walkOnce(ctx: TDiffContext, key: string, visited: Set<string>, walk: () => void): void {
  if (ctx.cleanPairs.has(key)) return;
  if (visited.has(key)) {
    ctx.counters.cuts++;
    return;
  }
  visited.add(key);
  const { reports, cuts } = ctx.counters;
  walk();
  if (ctx.counters.reports === reports && ctx.counters.cuts === cuts) ctx.cleanPairs.add(key);
}
