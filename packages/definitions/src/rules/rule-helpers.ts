import type { TJsonObject, TJsonValue } from "../types.ts";

export function asObject(value: TJsonValue | undefined): TJsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

export function asArray(value: TJsonValue | undefined): TJsonValue[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: TJsonValue | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Template variables of a path such as /items/{id}. */
export function pathVariables(path: string): string[] {
  return [...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? "");
}

export function describeOperation(op: TJsonObject, method: string, path: string): string {
  return typeof op.operationId === "string" ? `operation "${op.operationId}"` : `operation ${method.toUpperCase()} ${path}`;
}
