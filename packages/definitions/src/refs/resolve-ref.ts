import { splitPointer } from "../parse/json-pointer.ts";
import type { TJsonValue } from "../types.ts";

/** Reads the value at a local JSON pointer ("#/definitions/Pet"), or undefined when any segment is missing. */
export function resolveJsonPointer(document: TJsonValue, pointer: string): TJsonValue | undefined {
  let node: TJsonValue | undefined = document;
  let segments: string[];
  try {
    segments = splitPointer(pointer).map((s) => (s.includes("%") ? decodeURIComponent(s) : s));
  } catch {
    return undefined;
  }
  for (const segment of segments) {
    if (node === null || typeof node !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = Array.isArray(node) ? node[Number(segment)] : node[segment];
  }
  return node;
}

export function isLocalRef(ref: string): boolean {
  return ref === "#" || ref.startsWith("#/");
}

/**
 * Follows a local $ref, and any $ref chain it lands on, to the value. Returns undefined for a missing
 * target, an external reference or a loop of references that never reaches a value.
 */
export function resolveRef(document: TJsonValue, ref: string): TJsonValue | undefined {
  const seen = new Set<string>();
  let current = ref;
  for (;;) {
    if (!isLocalRef(current) || seen.has(current)) return undefined;
    seen.add(current);
    const value = resolveJsonPointer(document, current);
    if (value && typeof value === "object" && !Array.isArray(value) && typeof value.$ref === "string" && Object.keys(value).length === 1) {
      current = value.$ref;
      continue;
    }
    return value;
  }
}
