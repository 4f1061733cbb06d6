import type { TDiffContext } from "./diff-context.ts";
import { collectProperties, formatOf, isNumericWidthAdded, showType, typeOf } from "./schema-facts.ts";
import { childName, childOptions, itemsOptions, walkSchemaPair, type TSchemaWalkOptions } from "./schema-walk.ts";
import type { TLocated } from "./types.ts";

const labelOf = (name: string) => (name === "" ? "response body" : `response property "${name}"`);
const FILE_FORMATS = new Set(["binary", "byte"]);

/** Walks a success response: flows read each property as dynamic content, so losing one breaks them. */
export function diffResponseSchema(ctx: TDiffContext, options: TSchemaWalkOptions): void {
  walkSchemaPair(ctx, "response", options, (before, after) => walkResponse(ctx, options, before, after));
}

function walkResponse(ctx: TDiffContext, options: TSchemaWalkOptions, before: TLocated, after: TLocated): void {
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
  const items = itemsOptions(options, before, after);
  if (items) diffResponseSchema(ctx, items);
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
    diffResponseSchema(ctx, childOptions(options, beforeProperty.located, afterProperty.located, childName(name, key)));
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
