import { listOperations } from "../document/list-operations.ts";
import { hasInternalDefault, hasNotificationUrlKey, hasReadOnlyKey } from "../document/measure-depth.ts";
import { resolveRef } from "../document/resolve-ref.ts";
import type { OperationTarget, ValidationContext } from "../rules/rule-types.ts";
import type { TJsonObject, TJsonValue } from "../types.ts";

export { HTTP_METHODS } from "../document/list-operations.ts";

export function asObject(value: TJsonValue | undefined): TJsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

export function asArray(value: TJsonValue | undefined): TJsonValue[] {
  return Array.isArray(value) ? value : [];
}

function hasNotificationUrl(value: TJsonValue | undefined, ctx: ValidationContext, depth: number): boolean {
  const obj = asObject(value);
  if (!obj || depth > 8 || !ctx.mayHaveNotificationUrl) return false;
  if (obj["x-ms-notification-url"] === true) return true;
  if (typeof obj.$ref === "string") return hasNotificationUrl(ctx.resolve(obj.$ref), ctx, depth + 1);
  const props = asObject(obj.properties);
  if (props) for (const key of Object.keys(props)) if (hasNotificationUrl(props[key], ctx, depth + 1)) return true;
  return hasNotificationUrl(obj.schema, ctx, depth + 1);
}

export interface ContextOptions {
  isCertification: boolean;
  apiProperties?: TJsonObject;
  byteLength: number;
}

/** Collects operations (with path-level parameters merged and $refs resolved) once, for all rules. */
export function buildContext(doc: TJsonObject, options: ContextOptions): ValidationContext {
  const memos = new Map<string, unknown>();
  const resolved = new Map<string, TJsonValue | undefined>();
  const ctx: ValidationContext = {
    doc,
    isCertification: options.isCertification,
    operationIds: new Map(),
    operations: [],
    apiProperties: options.apiProperties,
    resolve: (ref) => {
      // Definitions refer to the same few targets again and again; resolve each once (one lookup when known).
      const known = resolved.get(ref);
      if (known !== undefined || resolved.has(ref)) return known;
      const target = resolveRef(doc, ref);
      resolved.set(ref, target);
      return target;
    },
    byteLength: options.byteLength,
    memo: (key, build) => {
      // Rules ask for the same few facts at every node: one lookup once a fact is built.
      const known = memos.get(key);
      if (known !== undefined || memos.has(key)) return known as ReturnType<typeof build>;
      const built = build();
      memos.set(key, built);
      return built;
    },
    schemaRefs: [],
    definitionSizes: new Map(),
    schemaObjects: 0,
    rootSchemaSizes: new Map(),
    mayHaveNotificationUrl: hasNotificationUrlKey(doc) !== false,
    mayHaveReadOnly: hasReadOnlyKey(doc) !== false,
    mayHaveInternalDefault: hasInternalDefault(doc) !== false,
  };
  for (const { path, method, pointer, op, pathItem, parameters } of listOperations(doc)) {
    const isTrigger = op["x-ms-trigger"] !== undefined;
    // A webhook trigger is one that takes a callback URL (x-ms-notification-url) or describes what the API
    // posts to it (x-ms-notification-content on the path item; written on the operation, it is only reported as
    // misplaced, since the platform reads it from the path item); a trigger with neither is a polling trigger,
    // whatever its method.
    const isWebhook = isTrigger && (pathItem["x-ms-notification-content"] !== undefined || parameters.some((p) => hasNotificationUrl(p.param, ctx, 0)));
    const target: OperationTarget = { pointer, path, method, op, pathItem, parameters, isTrigger, isWebhook, ctx };
    ctx.operations.push(target);
    if (typeof op.operationId === "string" && !ctx.operationIds.has(op.operationId)) ctx.operationIds.set(op.operationId, pointer);
  }
  return ctx;
}
