import { joinPointer } from "../parse/json-pointer.ts";
import type { TJsonValue } from "../types.ts";

/** A chain of $refs longer than this is refused (it is a mistake, or a loop in disguise). */
export const MAX_REF_CHAIN = 32;

export type TRefOutcome = { ok: true; value: TJsonValue; pointer: string } | { ok: false; problem: "external" | "missing" | "loop" | "chain"; ref: string };

function decode(segment: string): string {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A pointer's segments: percent-decoded first (a $ref is a URI fragment), then ~1 and ~0 unescaped. */
function segmentsOf(pointer: string): string[] {
  if (pointer === "" || pointer === "#") return [];
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  const segments = body.split("/");
  segments.shift();
  for (let i = 0; i < segments.length; i++) segments[i] = unescapeSegment(decode(segments[i] as string));
  return segments;
}

function unescapeSegment(segment: string): string {
  return segment.includes("~") ? segment.replace(/~1/g, "/").replace(/~0/g, "~") : segment;
}

/** Reads the value at a local JSON pointer ("#/definitions/Pet"), or undefined when any segment is missing. */
export function resolveJsonPointer(document: TJsonValue, pointer: string): TJsonValue | undefined {
  let node: TJsonValue | undefined = document;
  for (const segment of segmentsOf(pointer)) {
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
 * The one rule for $ref, used by validate, diff, summary and the Test tab: an object with a string $ref
 * stands for its target (sibling keys are ignored, as Swagger 2.0 says), chains are followed up to
 * MAX_REF_CHAIN, and a loop, a missing target or an external reference resolves to nothing. External
 * references are never fetched.
 */
export function followRef(document: TJsonValue, ref: string): TRefOutcome {
  const seen = new Set<string>();
  let current = ref;
  for (let step = 0; step < MAX_REF_CHAIN; step++) {
    if (!isLocalRef(current)) return { ok: false, problem: "external", ref: current };
    if (seen.has(current)) return { ok: false, problem: "loop", ref: current };
    seen.add(current);
    const value = resolveJsonPointer(document, current);
    if (value === undefined) return { ok: false, problem: "missing", ref: current };
    if (value !== null && typeof value === "object" && !Array.isArray(value) && typeof value.$ref === "string") {
      current = value.$ref;
      continue;
    }
    return { ok: true, value, pointer: joinPointer("", ...segmentsOf(current)) };
  }
  return { ok: false, problem: "chain", ref: current };
}

/** followRef's value, or undefined when the reference cannot be followed. */
export function resolveRef(document: TJsonValue, ref: string): TJsonValue | undefined {
  const outcome = followRef(document, ref);
  return outcome.ok ? outcome.value : undefined;
}
