import type { TOperation, TParameter } from "./collect-operations.ts";
import type { TDiffContext } from "./diff-context.ts";
import { PairSet } from "./pair-set.ts";
import { diffInputValue } from "./diff-input-value.ts";
import { diffInputVisibility } from "./diff-input-visibility.ts";
import { diffRequestSchema } from "./diff-request-schema.ts";
import { diffText } from "./diff-text.ts";
import { joinPointer } from "./json-pointer.ts";
import { pairRenames } from "./pair-renames.ts";
import { isFilledByPlatform, typeOf } from "./schema-facts.ts";

const isRequired = (p: TParameter) => p.in === "path" || p.resolved.node.required === true;
const labelOf = (p: TParameter) => (p.in === "body" ? "body" : `${p.in} parameter "${p.name}"`);

/** Matches inputs by location and name (the body by location: an operation has one) and compares each pair. */
export function diffParameters(ctx: TDiffContext, before: TOperation, after: TOperation): void {
  const operationId = after.key;
  const keyOf = (p: TParameter) => (p.in === "body" ? "body:" : `${p.in}:${p.name}`);
  const afterByKey = new Map(after.parameters.map((p) => [keyOf(p), p]));
  const matchedAfter = new Set<TParameter>();
  const unmatchedBefore: TParameter[] = [];
  for (const parameter of before.parameters) {
    const match = afterByKey.get(keyOf(parameter));
    if (match) {
      matchedAfter.add(match);
      if (match.name !== parameter.name) {
        ctx.report(
          "ParameterRenamed",
          joinPointer(match.resolved.pointer, "name"),
          `The body parameter of ${operationId} was renamed from "${parameter.name}" to "${match.name}": flows store body values under the old name and lose them. Keep the name "${parameter.name}".`,
          operationId,
        );
      }
      diffParameter(ctx, parameter, match, operationId);
      continue;
    }
    const moved = after.parameters.find((p) => p.name === parameter.name && !matchedAfter.has(p) && !before.parameters.some((b) => keyOf(b) === keyOf(p)));
    if (moved) {
      matchedAfter.add(moved);
      ctx.report(
        "ParameterLocationChanged",
        joinPointer(moved.resolved.pointer, "in"),
        `The ${labelOf(parameter)} of ${operationId} moved to ${moved.in}: flows keep sending it in ${parameter.in}, where the API no longer reads it. Keep it in ${parameter.in}, or add a new revision of the operation.`,
        operationId,
      );
      continue;
    }
    unmatchedBefore.push(parameter);
  }
  const unmatchedAfter = after.parameters.filter((p) => !matchedAfter.has(p));
  for (const location of new Set(unmatchedBefore.map((p) => p.in))) {
    const removed = unmatchedBefore.filter((p) => p.in === location);
    const added = unmatchedAfter.filter((p) => p.in === location);
    const byName = (list: TParameter[], name: string) => list.find((p) => p.name === name);
    const renames = pairRenames(
      removed.map((p) => p.name),
      added.map((p) => p.name),
      (from, to) => typeOf(byName(removed, from)?.resolved.node ?? {}) === typeOf(byName(added, to)?.resolved.node ?? {}),
    );
    for (const parameter of removed) {
      const rename = renames.find((r) => r.from === parameter.name);
      const renamedTo = rename ? byName(added, rename.to) : undefined;
      if (renamedTo) {
        unmatchedAfter.splice(unmatchedAfter.indexOf(renamedTo), 1);
        ctx.report(
          "ParameterRenamed",
          joinPointer(renamedTo.resolved.pointer, "name"),
          `The ${labelOf(parameter)} of ${operationId} was renamed to "${renamedTo.name}": flows and apps that set it lose the value${isRequired(renamedTo) ? " and fail, since it is required" : ""}. Keep the name "${parameter.name}", or add a new revision of the operation.`,
          operationId,
        );
        continue;
      }
      ctx.report(
        "ParameterRemoved",
        parameter.entryPointer,
        `The ${labelOf(parameter)} of ${operationId} was removed: flows and apps that set it fail or silently lose the value. Keep it (say it is deprecated in its description) until no flow uses it, or add a new revision of the operation.`,
        operationId,
      );
    }
  }
  for (const parameter of unmatchedAfter) {
    if (isRequired(parameter) && !isFilledByPlatform(parameter.resolved.node)) {
      ctx.report(
        "RequiredParameterAdded",
        parameter.entryPointer,
        `The new required ${labelOf(parameter)} of ${operationId} is missing from every existing flow and app, which then fail. Make it optional with a default, or give it a default and x-ms-visibility internal.`,
        operationId,
      );
    } else {
      ctx.report(
        "OptionalParameterAdded",
        parameter.entryPointer,
        `The ${labelOf(parameter)} of ${operationId} is new and optional; flows keep working.`,
        operationId,
      );
    }
  }
}

function diffParameter(ctx: TDiffContext, before: TParameter, after: TParameter, operationId: string): void {
  const label = labelOf(after);
  const path = after.resolved.pointer;
  const afterNode = after.resolved.node;
  // Point at "required" where the new version writes it; a dropped flag points at the parameter.
  const requiredPath = "required" in afterNode ? joinPointer(path, "required") : path;
  if (!isRequired(before) && isRequired(after) && !isFilledByPlatform(afterNode)) {
    ctx.report(
      "ParameterMadeRequired",
      requiredPath,
      `The ${label} of ${operationId} is now required: flows and apps that leave it empty fail. Keep it optional and let the API use a default.`,
      operationId,
    );
  } else if (isRequired(before) && !isRequired(after)) {
    ctx.report("ParameterMadeOptional", requiredPath, `The ${label} of ${operationId} is now optional; flows keep working.`, operationId);
  }
  diffInputVisibility(ctx, { before: before.resolved.node, after: afterNode, path, operationId, label });
  diffText(ctx, {
    before: before.resolved.node,
    after: afterNode,
    pointer: path,
    fields: ["x-ms-summary", "description"],
    owner: `${label} of ${operationId}`,
    operationId,
  });
  if (after.in === "body") {
    diffRequestSchema(ctx, {
      before: { node: before.resolved.node.schema, pointer: joinPointer(before.resolved.pointer, "schema") },
      after: { node: afterNode.schema, pointer: joinPointer(path, "schema") },
      operationId,
      name: "",
      visited: new PairSet(),
    });
    return;
  }
  diffInputValue(ctx, { before: before.resolved.node, after: afterNode, path, operationId, label });
}
