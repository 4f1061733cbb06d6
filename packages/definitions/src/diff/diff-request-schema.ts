import type { TDiffContext } from "./diff-context.ts";
import { diffInputValue } from "./diff-input-value.ts";
import { diffInputVisibility } from "./diff-input-visibility.ts";
import { pairRenames } from "./pair-renames.ts";
import { collectProperties, isFilledByPlatform, typeOf, type TProperty } from "./schema-facts.ts";
import { childName, childOptions, itemsOptions, walkSchemaPair, type TSchemaWalkOptions } from "./schema-walk.ts";
import type { TJsonObject, TLocated } from "./types.ts";

const labelOf = (name: string) => (name === "" ? "body" : `body property "${name}"`);

/** Walks a body parameter's schema: the designer shows each property as an input of its own. */
export function diffRequestSchema(ctx: TDiffContext, options: TSchemaWalkOptions): void {
  walkSchemaPair(ctx, "request", options, (before, after) => walkRequest(ctx, options, before, after));
}

function walkRequest(ctx: TDiffContext, options: TSchemaWalkOptions, before: TLocated, after: TLocated): void {
  const { operationId, name } = options;
  const typeChanged = diffInputValue(ctx, { before: before.node, after: after.node, path: after.pointer, operationId, label: labelOf(name) });
  if (typeChanged) return;
  const items = itemsOptions(options, before, after);
  if (items) diffRequestSchema(ctx, items);
  diffRequestProperties(ctx, options, before, after);
}

function diffRequestProperties(ctx: TDiffContext, options: TSchemaWalkOptions, before: TLocated, after: TLocated): void {
  const { operationId, name } = options;
  const beforeProps = writableProperties(ctx, collectProperties(before, ctx.beforeRefs), "before");
  const afterProps = writableProperties(ctx, collectProperties(after, ctx.afterRefs), "after");
  const removed = [...beforeProps.keys()].filter((key) => !afterProps.has(key));
  const added = [...afterProps.keys()].filter((key) => !beforeProps.has(key));
  const renames = pairRenames(
    removed,
    added,
    (from, to) => typeOf(resolvedNode(ctx, beforeProps.get(from), "before")) === typeOf(resolvedNode(ctx, afterProps.get(to), "after")),
  );
  const renamedFrom = new Map(renames.map((r) => [r.to, r.from]));
  const renamedTo = new Set(renames.map((r) => r.from));
  for (const key of removed) {
    const property = beforeProps.get(key);
    if (!property || renamedTo.has(key)) continue;
    ctx.report(
      "ParameterRemoved",
      property.located.pointer,
      `The ${labelOf(childName(name, key))} of ${operationId} was removed: flows and apps that set it fail or silently lose the value. Keep it (deprecated in its description) until no flow uses it, or add a new revision of the operation.`,
      operationId,
    );
  }
  for (const key of added) {
    const property = afterProps.get(key);
    if (!property) continue;
    const label = labelOf(childName(name, key));
    const from = renamedFrom.get(key);
    if (from !== undefined) {
      ctx.report(
        "ParameterRenamed",
        property.located.pointer,
        `The ${labelOf(childName(name, from))} of ${operationId} was renamed to "${key}": flows and apps that set it lose the value. Keep the old name (map it in the API or a policy), or add a new revision of the operation.`,
        operationId,
      );
      continue;
    }
    const node = resolvedNode(ctx, property, "after");
    if (property.required && !isFilledByPlatform(node)) {
      ctx.report(
        "RequiredParameterAdded",
        property.located.pointer,
        `The new required ${label} of ${operationId} is missing from every existing flow and app, which then fail. Make it optional with a default, or give it a default and x-ms-visibility internal.`,
        operationId,
      );
    } else {
      ctx.report("OptionalParameterAdded", property.located.pointer, `The ${label} of ${operationId} is new and optional; flows keep working.`, operationId);
    }
  }
  for (const [key, beforeProperty] of beforeProps) {
    const afterProperty = afterProps.get(key);
    if (!afterProperty) continue;
    const childLabel = labelOf(childName(name, key));
    const beforeNode = resolvedNode(ctx, beforeProperty, "before");
    const afterNode = resolvedNode(ctx, afterProperty, "after");
    const path = afterProperty.located.pointer;
    if (!beforeProperty.required && afterProperty.required && !isFilledByPlatform(afterNode)) {
      ctx.report(
        "ParameterMadeRequired",
        path,
        `The ${childLabel} of ${operationId} is now required: flows and apps that leave it empty fail. Keep it optional and let the API use a default.`,
        operationId,
      );
    } else if (beforeProperty.required && !afterProperty.required) {
      ctx.report("ParameterMadeOptional", path, `The ${childLabel} of ${operationId} is now optional; flows keep working.`, operationId);
    }
    diffInputVisibility(ctx, { before: beforeNode, after: afterNode, path, operationId, label: childLabel });
    diffRequestSchema(ctx, childOptions(options, beforeProperty.located, afterProperty.located, childName(name, key)));
  }
}

function resolvedNode(ctx: TDiffContext, property: TProperty | undefined, side: "before" | "after"): TJsonObject {
  if (!property) return {};
  const resolver = side === "before" ? ctx.beforeRefs : ctx.afterRefs;
  return resolver.resolve(property.located)?.node ?? {};
}

// readOnly properties come back from the API; flows never send them.
function writableProperties(ctx: TDiffContext, properties: Map<string, TProperty>, side: "before" | "after"): Map<string, TProperty> {
  for (const [key, property] of properties) {
    if (resolvedNode(ctx, property, side).readOnly === true) properties.delete(key);
  }
  return properties;
}
