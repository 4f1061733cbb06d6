import { walkOnce, type TDiffContext } from "./diff-context.ts";
import type { PairSet } from "./pair-set.ts";
import { isUnchanged, joinPointer } from "./json-pointer.ts";
import { collectProperties, formatOf, isNumericWidthAdded, showType, typeOf } from "./schema-facts.ts";
import type { TLocated } from "./types.ts";

export interface TResponseSchemaOptions {
  before: TLocated<unknown>;
  after: TLocated<unknown>;
  operationId: string;
  /** Dotted property path inside the response, "" for the response body itself. */
  name: string;
  visited: PairSet;
  /** Nesting level, so a cyclic object graph (already dereferenced) cannot recurse forever. */
  depth?: number;
}

const labelOf = (name: string) => (name === "" ? "response body" : `response property "${name}"`);
const childName = (parent: string, child: string) => (parent === "" ? child : `${parent}.${child}`);
const FILE_FORMATS = new Set(["binary", "byte"]);

/** Walks a success response: flows read each property as dynamic content, so losing one breaks them. */
export function diffResponseSchema(ctx: TDiffContext, options: TResponseSchemaOptions): void {
  if (isUnchanged(options.before.node, options.after.node, ctx.unchangedRefs)) return;
  const before = ctx.beforeRefs.resolve(options.before);
  const after = ctx.afterRefs.resolve(options.after);
  if (!before || !after) return;
  walkOnce(ctx, "response", { before, after, visited: options.visited, depth: options.depth ?? 0 }, () => walkResponse(ctx, options, before, after));
}

function walkResponse(ctx: TDiffContext, options: TResponseSchemaOptions, before: TLocated, after: TLocated): void {
  const { operationId, name } = options;
  const label = labelOf(name);
  const beforeType = typeOf(before.node);
  const afterType = typeOf(after.node);
  const beforeFormat = formatOf(before.node);
  const afterFormat = formatOf(after.node);
  const was = showType(beforeType, beforeFormat);
  const now = showType(afterType, afterFormat);
  // Untyped output typed later only tells the designer more; the values do not change.
  if (beforeType !== undefined && beforeType !== afterType) {
    ctx.report(
      "ResponsePropertyTypeChanged",
      after.pointer,
      `The ${label} of ${operationId} is now ${now} instead of ${was}: flows and apps that use it in expressions, conditions or other actions fail or misbehave. Keep the type, or return the new value under a new property name.`,
      operationId,
    );
    return;
  }
  if (beforeFormat !== afterFormat && !isNumericWidthAdded(beforeFormat, afterFormat)) {
    if (FILE_FORMATS.has(beforeFormat ?? "") || FILE_FORMATS.has(afterFormat ?? "")) {
      ctx.report(
        "ResponsePropertyTypeChanged",
        after.pointer,
        `The ${label} of ${operationId} is now ${now} instead of ${was}: flows treat file content and text differently, so steps that use it break. Keep the format, or return the new value under a new property name.`,
        operationId,
      );
      return;
    }
    ctx.report(
      "ResponsePropertyFormatChanged",
      after.pointer,
      `The ${label} of ${operationId} is now ${now} instead of ${was}; the value is still a ${afterType ?? "value"}, so flows keep working, but check expressions that parse it.`,
      operationId,
    );
  }
  if (before.node.items !== undefined && after.node.items !== undefined) {
    diffResponseSchema(ctx, {
      ...options,
      before: { node: before.node.items, pointer: joinPointer(before.pointer, "items") },
      after: { node: after.node.items, pointer: joinPointer(after.pointer, "items") },
      name: `${name}[]`,
      depth: (options.depth ?? 0) + 1,
    });
  }
  const beforeProps = collectProperties(before, ctx.beforeRefs);
  const afterProps = collectProperties(after, ctx.afterRefs);
  for (const [key, beforeProperty] of beforeProps) {
    const afterProperty = afterProps.get(key);
    const childLabel = labelOf(childName(name, key));
    if (!afterProperty) {
      ctx.report(
        "ResponsePropertyRemoved",
        beforeProperty.located.pointer,
        `The ${childLabel} of ${operationId} was removed: flows and apps that use it as dynamic content fail or get nothing. Keep returning it (mark it deprecated in its description), or add a new revision of the operation.`,
        operationId,
      );
      continue;
    }
    diffResponseSchema(ctx, {
      ...options,
      before: beforeProperty.located,
      after: afterProperty.located,
      name: childName(name, key),
      depth: (options.depth ?? 0) + 1,
    });
  }
  for (const [key, afterProperty] of afterProps) {
    if (beforeProps.has(key)) continue;
    ctx.report(
      "ResponsePropertyAdded",
      afterProperty.located.pointer,
      `The ${labelOf(childName(name, key))} of ${operationId} is new; flows keep working and can use it as dynamic content.`,
      operationId,
    );
  }
}
