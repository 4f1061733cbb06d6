import type { TJsonObject } from "./types.ts";

/** Appends segments to a JSON pointer, escaping "~" and "/" as RFC 6901 requires. */
export function joinPointer(base: string, ...segments: Array<string | number>): string {
  let out = base;
  for (const segment of segments) {
    const text = String(segment);
    // Most segments need no escaping; skipping the regexes matters on large definitions.
    out += "/" + (text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text);
  }
  return out;
}

export function isJsonObject(value: unknown): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a property as an object, or an empty one, so callers never branch on malformed input. */
export function objectAt(value: unknown, key: string): TJsonObject {
  if (!isJsonObject(value)) return {};
  const child = value[key];
  return isJsonObject(child) ? child : {};
}

export function stringAt(value: unknown, key: string): string | undefined {
  if (!isJsonObject(value)) return undefined;
  const child = value[key];
  return typeof child === "string" ? child : undefined;
}

export function arrayAt(value: unknown, key: string): unknown[] {
  if (!isJsonObject(value)) return [];
  const child = value[key];
  return Array.isArray(child) ? child : [];
}

/**
 * True when two JSON values are equal and hold no $ref: such a pair cannot differ anywhere below,
 * so the schema walks skip it without building pointers or property maps.
 */
export function isSameWithoutRefs(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!isSameWithoutRefs(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (key === "$ref" || !Object.hasOwn(b, key)) return false;
    if (!isSameWithoutRefs((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
