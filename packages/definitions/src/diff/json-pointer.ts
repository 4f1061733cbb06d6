import type { TJsonObject } from "./types.ts";

/** Nesting beyond this is treated as a loop (an already dereferenced, cyclic object graph). */
export const MAX_SCHEMA_DEPTH = 64;

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

/** "#/definitions/Pet/properties/x" -> "#/definitions/Pet": the shared entry a ref lands in. */
export function entryOfRef(ref: string): string | undefined {
  const match = /^#\/(definitions|parameters|responses)\/([^/]+)/.exec(ref);
  return match ? `#/${match[1]}/${match[2]}` : undefined;
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
 * True when two JSON values are equal and every $ref in them lands in an entry that is unchanged:
 * such a pair cannot differ anywhere below, so the schema walks skip it.
 */
export function isUnchanged(a: unknown, b: unknown, unchangedRefs: Set<string>): boolean {
  return isSame(a, b, { before: [], after: [], unchangedRefs });
}

interface TSameState {
  before: object[];
  after: object[];
  unchangedRefs: Set<string>;
}

// A pair met again among its own ancestors is a loop of an already dereferenced object graph; it is
// taken as equal (co-inductively), so comparing such graphs ends.
function isSame(a: unknown, b: unknown, ancestors: TSameState): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  for (let i = ancestors.before.length - 1; i >= 0; i--) if (ancestors.before[i] === a && ancestors.after[i] === b) return true;
  ancestors.before.push(a);
  ancestors.after.push(b);
  const same = isSameChildren(a, b, ancestors);
  ancestors.before.pop();
  ancestors.after.pop();
  return same;
}

function isSameChildren(a: object, b: object, ancestors: TSameState): boolean {
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!isSame(a[i], b[i], ancestors)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (!Object.hasOwn(b, key)) return false;
    const value = (a as Record<string, unknown>)[key];
    if (key === "$ref" && !(typeof value === "string" && ancestors.unchangedRefs.has(entryOfRef(value) ?? ""))) return false;
    if (!isSame((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], ancestors)) return false;
  }
  return true;
}
