import { joinPointer } from "../parse/json-pointer.ts";
import type { TJsonObject } from "../types.ts";
import type { SchemaIssue } from "./validate-swagger-schema.ts";

/**
 * Extensions whose value is one of a fixed list. Microsoft's validator reports a value outside the list as
 * JsonValueNotInEnum (the code of any enum violation), so this check uses that code too. The platform
 * compares case-insensitively and accepts an empty x-ms-visibility (many certified connectors carry one).
 */
const EXTENSION_VALUES: Record<string, readonly string[]> = {
  "x-ms-visibility": ["important", "advanced", "internal", "none"],
  "x-ms-trigger": ["single", "batch"],
  "x-ms-url-encoding": ["single", "double"],
};
const EMPTY_ACCEPTED = new Set(["x-ms-visibility"]);
/** Reported as warnings: a value outside paconn's list whose refusal is not documented. */
const WARN_ONLY = new Set(["x-ms-url-encoding"]);

const NO_ISSUES: readonly SchemaIssue[] = Object.freeze([]);

/** Checks the enum-valued extensions of one schema, parameter or operation. */
export function checkExtensionEnums(node: TJsonObject, pointer: string, keys: readonly string[]): readonly SchemaIssue[] {
  let out: SchemaIssue[] | undefined;
  for (const key of keys) {
    const value = node[key];
    if (value === undefined) continue;
    const allowed = (Object.hasOwn(EXTENSION_VALUES, key) ? EXTENSION_VALUES[key] : undefined) ?? [];
    if (typeof value === "string" && (allowed.includes(value.toLowerCase()) || (value === "" && EMPTY_ACCEPTED.has(key)))) continue;
    (out ??= []).push({
      code: "JsonValueNotInEnum",
      message: `${key} is ${JSON.stringify(value)?.slice(0, 60)}, which the platform does not accept. Use one of: ${allowed.map((v) => `"${v}"`).join(", ")}.`,
      path: joinPointer(pointer, key),
      ...(WARN_ONLY.has(key) ? { severity: "warning" as const } : {}),
    });
  }
  return out ?? NO_ISSUES;
}

export const SCHEMA_EXTENSION_KEYS = ["x-ms-visibility"] as const;
export const PARAMETER_EXTENSION_KEYS = ["x-ms-visibility", "x-ms-url-encoding"] as const;
export const OPERATION_EXTENSION_KEYS = ["x-ms-visibility", "x-ms-trigger"] as const;

/**
 * Extensions whose object paconn's schema closes (additionalProperties: false): a key it does not list is
 * AdditionalPropertyNotAllowed, as a warning (none of the corpus's published connectors has one).
 */
const CLOSED_EXTENSIONS: Record<string, readonly string[]> = {
  "x-ms-dynamic-schema": ["operationId", "parameters", "value-path"],
  "x-ms-dynamic-properties": ["operationId", "parameters", "itemValuePath"],
  "x-ms-dynamic-tree": ["settings", "open", "browse"],
  "x-ms-pageable": ["nextLinkName"],
  "x-ms-notification": ["operationId"],
  "x-ms-api-annotation": ["family", "revision", "status", "replacement"],
};

export const SCHEMA_CLOSED_EXTENSION_KEYS = ["x-ms-dynamic-schema", "x-ms-dynamic-properties", "x-ms-dynamic-tree"] as const;
export const OPERATION_CLOSED_EXTENSION_KEYS = ["x-ms-pageable", "x-ms-notification", "x-ms-api-annotation"] as const;

/** Keys a closed extension object does not take, on one schema, parameter or operation. */
export function checkClosedExtensions(node: TJsonObject, pointer: string, keys: readonly string[]): readonly SchemaIssue[] {
  let out: SchemaIssue[] | undefined;
  for (const ext of keys) {
    const value = node[ext];
    if (value === undefined) continue;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      // "Expected type 'object'": the extension is an object of the keys below (x-ms-pageable: "yes" is not one).
      (out ??= []).push({
        code: "JsonTypeIncorrect",
        message: `${ext} must be an object (with ${(CLOSED_EXTENSIONS[ext] ?? []).map((k) => `"${k}"`).join(", ")}), not ${Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`}. Write it as an object, or remove it.`,
        path: joinPointer(pointer, ext),
        severity: "warning",
      });
      continue;
    }
    const allowed = CLOSED_EXTENSIONS[ext] ?? [];
    for (const key of Object.keys(value))
      if (!allowed.includes(key))
        (out ??= []).push({
          code: "AdditionalPropertyNotAllowed",
          message: `${ext} does not take "${key}"; it takes ${allowed.map((k) => `"${k}"`).join(", ")}. Remove "${key}" or fix its spelling.`,
          path: joinPointer(pointer, ext, key),
          severity: "warning",
        });
  }
  return out ?? NO_ISSUES;
}
