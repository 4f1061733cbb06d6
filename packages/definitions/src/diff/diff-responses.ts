import type { TOperation } from "./collect-operations.ts";
import type { TDiffContext } from "./diff-context.ts";
import { PairSet } from "./pair-set.ts";
import { diffResponseSchema } from "./diff-response-schema.ts";
import { joinPointer, objectAt } from "./json-pointer.ts";
import type { TRefResolver } from "./resolve-ref.ts";
import type { TJsonObject, TLocated } from "./types.ts";

const isSuccess = (status: string) => /^2(\d\d|XX)$/i.test(status);

// Without any 2xx response the platform reads "default" as the operation's result.
function successStatuses(responses: TJsonObject): string[] {
  const statuses = Object.keys(responses).filter(isSuccess);
  return statuses.length > 0 ? statuses : Object.keys(responses).filter((s) => s === "default");
}

// `schema: {}` (or one with only texts) tells the designer nothing; flows saw an untyped body.
function isEmptySchema(schema: TJsonObject): boolean {
  return Object.keys(schema).every((key) => key === "description" || key === "title" || key.startsWith("x-ms-"));
}

/** Success responses are what flows consume; error responses are not compared. */
export function diffResponses(ctx: TDiffContext, before: TOperation, after: TOperation): void {
  const operationId = after.key;
  const beforeResponses = objectAt(before.node, "responses");
  const afterResponses = objectAt(after.node, "responses");
  const visited = new PairSet();
  const afterStatuses = successStatuses(afterResponses);
  for (const status of successStatuses(beforeResponses)) {
    const beforePointer = joinPointer(before.pointer, "responses", status);
    const afterStatus = status === "default" && !afterStatuses.includes("default") ? afterStatuses[0] : status;
    if (afterStatus === undefined || !(afterStatus in afterResponses)) {
      const remaining = afterStatuses;
      ctx.report(
        "SuccessStatusCodeRemoved",
        beforePointer,
        `${operationId} no longer answers ${status}${remaining.length > 0 ? ` (now ${remaining.join(", ")})` : ""}: flows and apps that read its ${status} result or check the status code break. Keep ${status} as a response, or add a new revision of the operation.`,
        operationId,
      );
      continue;
    }
    const beforeResponse = ctx.beforeRefs.resolve({ node: beforeResponses[status], pointer: beforePointer });
    const afterResponse = ctx.afterRefs.resolve({ node: afterResponses[afterStatus], pointer: joinPointer(after.pointer, "responses", afterStatus) });
    if (!beforeResponse || !afterResponse) continue;
    const beforeSchema = resolvedSchema(ctx.beforeRefs, beforeResponse);
    const afterSchema = resolvedSchema(ctx.afterRefs, afterResponse);
    if (beforeSchema === undefined && afterSchema === undefined) continue;
    if (afterSchema === undefined) {
      ctx.report(
        "ResponseSchemaRemoved",
        joinPointer(beforeResponse.pointer, "schema"),
        `The ${status} response of ${operationId} no longer has a schema: flows and apps lose every dynamic content value they used from it. Keep the schema.`,
        operationId,
      );
      continue;
    }
    if (beforeSchema === undefined) {
      ctx.report(
        "ResponseSchemaAdded",
        joinPointer(afterResponse.pointer, "schema"),
        `The ${afterStatus} response of ${operationId} now has a schema; flows keep working and can use its properties as dynamic content.`,
        operationId,
      );
      continue;
    }
    diffResponseSchema(ctx, {
      before: beforeSchema,
      after: afterSchema,
      operationId,
      name: "",
      visited,
    });
  }
}

/** The response's schema after $refs, or undefined when it has none worth comparing. */
function resolvedSchema(resolver: TRefResolver, response: TLocated): TLocated | undefined {
  if (response.node.schema === undefined) return undefined;
  const schema = resolver.resolve({ node: response.node.schema, pointer: joinPointer(response.pointer, "schema") });
  return schema && !isEmptySchema(schema.node) ? schema : undefined;
}
