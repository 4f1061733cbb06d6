import { arrayAt, isJsonObject, joinPointer, objectAt, stringAt } from "./json-pointer.ts";
import type { TRefResolver } from "./resolve-ref.ts";
import type { TJsonObject, TLocated } from "./types.ts";

/** The declared type, or the one the shape implies (makers often omit `type: object`). */
export function typeOf(schema: TJsonObject): string | undefined {
  const declared = schema.type;
  if (typeof declared === "string") return declared;
  if (isJsonObject(schema.properties) || Array.isArray(schema.allOf)) return "object";
  if (schema.items !== undefined) return "array";
  return undefined;
}

export interface TProperty {
  located: TLocated<unknown>;
  required: boolean;
}

/** Own properties plus those of allOf members, each with the pointer where it is written. */
export function collectProperties(schema: TLocated, resolver: TRefResolver, depth = 0): Map<string, TProperty> {
  const out = new Map<string, TProperty>();
  const required = new Set(arrayAt(schema.node, "required").filter((r): r is string => typeof r === "string"));
  if (depth < 8) {
    arrayAt(schema.node, "allOf").forEach((member, index) => {
      const resolved = resolver.resolve({ node: member, pointer: joinPointer(schema.pointer, "allOf", index) });
      if (!resolved) return;
      for (const [name, property] of collectProperties(resolved, resolver, depth + 1)) {
        out.set(name, { ...property, required: property.required || required.has(name) });
      }
    });
  }
  for (const [name, node] of Object.entries(objectAt(schema.node, "properties"))) {
    out.set(name, { located: { node, pointer: joinPointer(schema.pointer, "properties", name) }, required: required.has(name) });
  }
  return out;
}

export function isInternal(node: TJsonObject): boolean {
  return stringAt(node, "x-ms-visibility") === "internal";
}

export function hasDefault(node: TJsonObject): boolean {
  return node.default !== undefined;
}

/** A required input the platform fills in by itself (internal with a default) asks nothing of flows. */
export function isFilledByPlatform(node: TJsonObject): boolean {
  return isInternal(node) && hasDefault(node);
}

// Format changes that accept every value the old format accepted.
const WIDER_FORMATS = new Set(["int32>int64", "float>double"]);

// Numeric widths describe how a number is stored; stating one where none was given changes nothing
// a flow sends, so it is not reported as narrowing.
const NUMERIC_WIDTHS = new Set(["int32", "int64", "float", "double"]);

export function isNumericWidthAdded(before: string | undefined, after: string | undefined): boolean {
  return before === undefined && after !== undefined && NUMERIC_WIDTHS.has(after);
}

export function isFormatWidened(before: string | undefined, after: string | undefined): boolean {
  if (after === undefined) return true;
  if (before === undefined) return false;
  return WIDER_FORMATS.has(`${before}>${after}`);
}

export function isTypeWidened(before: string, after: string): boolean {
  return before === "integer" && after === "number";
}

export function formatOf(schema: TJsonObject): string | undefined {
  return stringAt(schema, "format");
}

export function enumOf(schema: TJsonObject): unknown[] | undefined {
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}

export function show(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value);
}

export function showType(type: string | undefined, format: string | undefined): string {
  if (type === undefined) return "any type";
  return format ? `${type} (${format})` : type;
}
