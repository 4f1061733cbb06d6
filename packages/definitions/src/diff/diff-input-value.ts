import type { TDiffContext } from "./diff-context.ts";
import { enumOf, formatOf, isFormatWidened, isNumericWidthAdded, isTypeWidened, show, showType, typeOf } from "./schema-facts.ts";
import type { TJsonObject } from "./types.ts";

export interface TInputValueOptions {
  before: TJsonObject;
  after: TJsonObject;
  /** Pointer of the after node, where the maker edits. */
  path: string;
  operationId: string;
  /** How the message names the input: `input "top"`, `body property "item.name"`. */
  label: string;
}

const REVISION_HINT = "or add a new revision of the operation (x-ms-api-annotation family/revision) and keep this one deprecated";

/**
 * Compares what an input accepts (type, format, enum): requests may widen, never narrow.
 * Returns true when the type changed, so callers stop comparing what is inside it.
 */
export function diffInputValue(ctx: TDiffContext, options: TInputValueOptions): boolean {
  const { before, after, path, operationId, label } = options;
  const beforeType = typeOf(before);
  const afterType = typeOf(after);
  const beforeFormat = formatOf(before);
  const afterFormat = formatOf(after);
  const flows = `flows that call ${operationId}`;
  if (beforeType !== afterType) {
    const was = showType(beforeType, beforeFormat);
    const now = showType(afterType, afterFormat);
    if (afterType === undefined || (beforeType !== undefined && isTypeWidened(beforeType, afterType))) {
      ctx.report("ParameterTypeWidened", path, `The ${label} of ${operationId} now accepts ${now} instead of ${was}; ${flows} keep working.`, operationId);
    } else {
      ctx.report(
        "ParameterTypeNarrowed",
        path,
        `The ${label} of ${operationId} now takes ${now} instead of ${was}: ${flows} with a value of the old type fail when they run. Keep the type ${was}, ${REVISION_HINT}.`,
        operationId,
      );
    }
    return true;
  }
  if (beforeFormat !== afterFormat && !isNumericWidthAdded(beforeFormat, afterFormat)) {
    const was = showType(beforeType, beforeFormat);
    const now = showType(afterType, afterFormat);
    if (isFormatWidened(beforeFormat, afterFormat)) {
      ctx.report("ParameterTypeWidened", path, `The ${label} of ${operationId} now accepts ${now} instead of ${was}; ${flows} keep working.`, operationId);
    } else {
      ctx.report(
        "ParameterTypeNarrowed",
        path,
        `The ${label} of ${operationId} now requires the format ${now} instead of ${was}: ${flows} whose value does not fit the new format fail. Keep the format ${beforeFormat ?? "unset"}, ${REVISION_HINT}.`,
        operationId,
      );
    }
  }
  diffEnum(ctx, options, enumOf(before), enumOf(after));
  return false;
}

function diffEnum(ctx: TDiffContext, options: TInputValueOptions, before: unknown[] | undefined, after: unknown[] | undefined): void {
  const { path, operationId, label } = options;
  if (after === undefined) {
    if (before !== undefined)
      ctx.report("ParameterEnumValueAdded", path, `The ${label} of ${operationId} no longer limits its values to a list; flows keep working.`, operationId);
    return;
  }
  const enumPath = `${path}/enum`;
  if (before === undefined) {
    ctx.report(
      "ParameterEnumValueRemoved",
      enumPath,
      `The ${label} of ${operationId} now only accepts ${after.map(show).join(", ")}: flows that send any other value fail. Drop the enum or list every value flows already send, ${REVISION_HINT}.`,
      operationId,
    );
    return;
  }
  const beforeKeys = new Set(before.map((v) => JSON.stringify(v)));
  const afterKeys = new Set(after.map((v) => JSON.stringify(v)));
  const removed = before.filter((v) => !afterKeys.has(JSON.stringify(v)));
  const added = after.filter((v) => !beforeKeys.has(JSON.stringify(v)));
  if (removed.length > 0) {
    ctx.report(
      "ParameterEnumValueRemoved",
      enumPath,
      `The ${label} of ${operationId} no longer accepts ${removed.map(show).join(", ")}: flows and apps that chose ${removed.length === 1 ? "it" : "one of them"} fail when they run. Keep the value${removed.length === 1 ? "" : "s"} in the enum (the API can map ${removed.length === 1 ? "it" : "them"}), ${REVISION_HINT}.`,
      operationId,
    );
  }
  if (added.length > 0) {
    ctx.report(
      "ParameterEnumValueAdded",
      enumPath,
      `The ${label} of ${operationId} also accepts ${added.map(show).join(", ")}; flows keep working.`,
      operationId,
    );
  }
}
