import { entryOfRef, isJsonObject, objectAt } from "./json-pointer.ts";
import type { TJsonObject } from "./types.ts";

const SECTIONS = ["definitions", "parameters", "responses"];

/**
 * Shared entries (definitions, parameters, responses) that are the same in both versions, counting
 * everything they refer to. Most of a new version is unchanged; the schema walks skip these whole.
 * Loops of refs are unchanged unless something on them changed (a greatest fixpoint).
 */
export function findUnchangedRefs(before: TJsonObject, after: TJsonObject): Set<string> {
  const candidates = new Map<string, string[]>();
  for (const section of SECTIONS) {
    const beforeEntries = objectAt(before, section);
    const afterEntries = objectAt(after, section);
    for (const name of Object.keys(beforeEntries)) {
      if (!Object.hasOwn(afterEntries, name)) continue;
      const refs: string[] = [];
      if (isEqualCollectingRefs(beforeEntries[name], afterEntries[name], refs)) {
        candidates.set(`#/${section}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`, refs);
      }
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const [entry, refs] of candidates) {
      if (refs.every((ref) => candidates.has(entryOfRef(ref) ?? ""))) continue;
      candidates.delete(entry);
      changed = true;
    }
  }
  return new Set(candidates.keys());
}

// Ancestor stacks stop loops in object graphs that were dereferenced before they reached the diff.
function isEqualCollectingRefs(a: unknown, b: unknown, refs: string[], ancestors: object[] = []): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (ancestors.includes(a)) return false;
  ancestors.push(a);
  const same = isEqualChildren(a, b, refs, ancestors);
  ancestors.pop();
  return same;
}

function isEqualChildren(a: object, b: object, refs: string[], ancestors: object[]): boolean {
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => isEqualCollectingRefs(item, b[i], refs, ancestors));
  }
  if (Array.isArray(b) || !isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !isEqualCollectingRefs(a[key], b[key], refs, ancestors)) return false;
    if (key === "$ref" && typeof a[key] === "string") refs.push(a[key]);
  }
  return true;
}
