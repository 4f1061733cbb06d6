import type { TOperation } from "./collect-operations.ts";
import type { TDiffContext } from "./diff-context.ts";
import { diffParameters } from "./diff-parameters.ts";
import { diffResponses } from "./diff-responses.ts";
import { diffText } from "./diff-text.ts";
import { joinPointer, stringAt } from "./json-pointer.ts";

const triggerType = (op: TOperation) => (op.isWebhook ? "webhook" : "polling");

/** Compares one operation that exists in both versions. */
export function diffOperation(ctx: TDiffContext, before: TOperation, after: TOperation, successors: TOperation[]): void {
  const id = after.key;
  if (!before.trigger && after.trigger) {
    ctx.report(
      "ActionBecameTrigger",
      joinPointer(after.pointer, "x-ms-trigger"),
      `The action ${id} is now a trigger: flows and apps that call it as an action break and must be rebuilt. Keep the action and add the trigger as a new operation with its own operationId.`,
      id,
    );
  } else if (before.trigger && !after.trigger) {
    ctx.report(
      "TriggerBecameAction",
      after.pointer,
      `The trigger ${id} is now an action: flows that start with it stop firing and must be rebuilt. Keep the trigger and add the action as a new operation with its own operationId.`,
      id,
    );
  } else if (before.trigger && after.trigger) {
    if (before.isWebhook !== after.isWebhook) {
      ctx.report(
        "TriggerTypeChanged",
        after.pointer,
        `The trigger ${id} changed from ${triggerType(before)} to ${triggerType(after)}: flows that start with it keep the old registration and stop firing until each is re-saved. Add the ${triggerType(after)} trigger as a new operation and deprecate this one.`,
        id,
      );
    }
    if (before.trigger !== after.trigger) {
      ctx.report(
        "TriggerCardinalityChanged",
        joinPointer(after.pointer, "x-ms-trigger"),
        `The trigger ${id} changed from ${before.trigger} to ${after.trigger}: flows that start with it now get ${after.trigger === "batch" ? "an array of items instead of one item" : "one item instead of an array"}, so their steps break. Add a new trigger operation and deprecate this one.`,
        id,
      );
    }
  }
  const wasDeprecated = before.node.deprecated === true;
  const isDeprecated = after.node.deprecated === true;
  if (!wasDeprecated && isDeprecated) {
    const next = successors[0];
    const hint = next
      ? ` The designer offers ${next.key}${next.revision === undefined ? "" : ` (revision ${next.revision})`} instead.`
      : " Add the operation that replaces it (x-ms-api-annotation family/revision) so makers know what to use.";
    ctx.report(
      "OperationDeprecated",
      joinPointer(after.pointer, "deprecated"),
      `${id} is now deprecated: existing flows and apps keep working, makers can no longer add it to new ones.${hint}`,
      id,
    );
  } else if (wasDeprecated && !isDeprecated) {
    ctx.report("OperationUndeprecated", after.pointer, `${id} is no longer deprecated; makers can add it to new flows and apps again.`, id);
  }
  const wasVisibility = stringAt(before.node, "x-ms-visibility") ?? "none";
  const visibility = stringAt(after.node, "x-ms-visibility") ?? "none";
  if (wasVisibility !== visibility) {
    ctx.report(
      "OperationVisibilityChanged",
      visibility === "none" ? after.pointer : joinPointer(after.pointer, "x-ms-visibility"),
      `${id} changed x-ms-visibility from ${wasVisibility} to ${visibility}; existing flows keep working${visibility === "internal" ? ", but makers can no longer add it to new ones" : ""}.`,
      id,
    );
  }
  diffText(ctx, {
    before: before.node,
    after: after.node,
    pointer: after.pointer,
    fields: ["summary", "description"],
    owner: `operation ${id}`,
    operationId: id,
  });
  diffParameters(ctx, before, after);
  diffResponses(ctx, before, after);
}
