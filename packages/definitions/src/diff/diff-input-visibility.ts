import type { TDiffContext } from "./diff-context.ts";
import { hasDefault, isInternal } from "./schema-facts.ts";
import { stringAt } from "./json-pointer.ts";
import type { TJsonObject } from "./types.ts";

export interface TInputVisibilityOptions {
  before: TJsonObject;
  after: TJsonObject;
  path: string;
  operationId: string;
  label: string;
}

/** An input hidden as internal keeps working only if the platform has a default to send. */
export function diffInputVisibility(ctx: TDiffContext, options: TInputVisibilityOptions): void {
  const { before, after, path, operationId, label } = options;
  const was = stringAt(before, "x-ms-visibility") ?? "none";
  const now = stringAt(after, "x-ms-visibility") ?? "none";
  if (was === now) return;
  if (isInternal(after) && !hasDefault(after)) {
    ctx.report(
      "ParameterMadeInternal",
      path,
      `The ${label} of ${operationId} is now internal and has no default: flows and apps can no longer set it and the value they set is dropped. Give it a default the API accepts, or keep it visible.`,
      operationId,
    );
    return;
  }
  ctx.report(
    "ParameterVisibilityChanged",
    path,
    `The ${label} of ${operationId} changed x-ms-visibility from ${was} to ${now}; flows keep working${isInternal(after) ? " with its default" : ""}.`,
    operationId,
  );
}
