import type { TDiffContext } from "./diff-context.ts";
import { MAX_SCHEMA_DEPTH, isUnchanged, joinPointer } from "./json-pointer.ts";
import type { PairSet } from "./pair-set.ts";
import type { TLocated } from "./types.ts";

/** What the request-body and response walks carry from a schema down to its items and properties. */
export interface TSchemaWalkOptions {
  before: TLocated<unknown>;
  after: TLocated<unknown>;
  operationId: string;
  /** Dotted property path inside the body (or the response), "" for the body itself. */
  name: string;
  visited: PairSet;
  /** Nesting level, so a cyclic object graph (already dereferenced) cannot recurse forever. */
  depth?: number;
}

/** A property's dotted path inside its parent's. */
export const childName = (parent: string, child: string) => (parent === "" ? child : `${parent}.${child}`);

/** The options for a pair one level down: an array's items or an object's property. */
export function childOptions(options: TSchemaWalkOptions, before: TLocated<unknown>, after: TLocated<unknown>, name: string): TSchemaWalkOptions {
  return { ...options, before, after, name, depth: (options.depth ?? 0) + 1 };
}

/** The options for the items of two array schemas, when both have items. */
export function itemsOptions(options: TSchemaWalkOptions, before: TLocated, after: TLocated): TSchemaWalkOptions | undefined {
  if (before.node.items === undefined || after.node.items === undefined) return undefined;
  return childOptions(
    options,
    { node: before.node.items, pointer: joinPointer(before.pointer, "items") },
    { node: after.node.items, pointer: joinPointer(after.pointer, "items") },
    `${options.name}[]`,
  );
}

/** Resolves both schemas of a pair and walks them once, unless they are the same shared entry or either is missing. */
export function walkSchemaPair(
  ctx: TDiffContext,
  direction: "request" | "response",
  options: TSchemaWalkOptions,
  walk: (before: TLocated, after: TLocated) => void,
): void {
  if (isUnchanged(options.before.node, options.after.node, ctx.unchangedRefs)) return;
  const before = ctx.beforeRefs.resolve(options.before);
  const after = ctx.afterRefs.resolve(options.after);
  if (!before || !after) return;
  walkOnce(ctx, direction, { before, after, visited: options.visited, depth: options.depth ?? 0 }, () => walk(before, after));
}

/**
 * Walks one schema pair unless it is known clean, and remembers it as clean when the walk reported
 * nothing and cut no cycle (a cut subtree's cleanliness depends on the walk that cut it).
 */
function walkOnce(
  ctx: TDiffContext,
  direction: "request" | "response",
  pair: { before: TLocated; after: TLocated; visited: PairSet; depth: number },
  walk: () => void,
): void {
  const { before, after, visited, depth } = pair;
  const clean = ctx.cleanPairs[direction];
  if (clean.has(before.node, after.node)) return;
  if (visited.has(before.node, after.node) || depth > MAX_SCHEMA_DEPTH) {
    ctx.counters.cuts++;
    return;
  }
  visited.add(before.node, after.node);
  const { reports, cuts } = ctx.counters;
  walk();
  if (ctx.counters.reports === reports && ctx.counters.cuts === cuts) clean.add(before.node, after.node);
}
