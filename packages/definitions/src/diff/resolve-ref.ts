import { isJsonObject, joinPointer } from "./json-pointer.ts";
import type { TJsonObject, TLocated } from "./types.ts";

export interface TRefResolver {
  /** Follows local $refs (chains included) to the node they name; the pointer is where it lives. */
  resolve(located: TLocated<unknown>): TLocated | undefined;
  warnings: string[];
}

const MAX_CHAIN = 32;

/**
 * Resolves local references ("#/definitions/..", "#/parameters/..", "#/responses/..", any local
 * pointer) lazily, so shared definitions are never copied and cyclic schemas cost nothing: the
 * schema walk stops cycles itself, this only guards ref-to-ref chains.
 */
export function createRefResolver(document: TJsonObject, label: string): TRefResolver {
  const cache = new Map<string, TLocated | undefined>();
  const warned = new Set<string>();
  const warnings: string[] = [];
  const warn = (ref: string, from: string, why: string) => {
    if (warned.has(ref)) return;
    warned.add(ref);
    warnings.push(`${label}: the $ref "${ref}" at ${from || "/"} ${why}; the diff treats it as an empty schema. Point it at an existing local definition.`);
  };

  const lookup = (ref: string): TLocated | undefined => {
    if (cache.has(ref)) return cache.get(ref);
    let node: unknown = document;
    const segments = ref.slice(1).split("/").slice(1).map((raw) => safeDecode(raw).replace(/~1/g, "/").replace(/~0/g, "~"));
    for (const segment of segments) {
      if (Array.isArray(node)) node = node[Number(segment)];
      else if (isJsonObject(node)) node = Object.hasOwn(node, segment) ? node[segment] : undefined;
      else node = undefined;
    }
    const found = isJsonObject(node) ? { node, pointer: joinPointer("", ...segments) } : undefined;
    cache.set(ref, found);
    return found;
  };

  const resolve = (located: TLocated<unknown>): TLocated | undefined => {
    let current = located;
    const seen = new Set<string>();
    for (let step = 0; step < MAX_CHAIN; step++) {
      if (!isJsonObject(current.node)) return undefined;
      const ref = current.node.$ref;
      if (typeof ref !== "string") return current as TLocated;
      if (!ref.startsWith("#")) {
        warn(ref, current.pointer, "is not a local reference (only #/... is supported)");
        return undefined;
      }
      if (seen.has(ref)) {
        warn(ref, current.pointer, "refers back to itself through other $refs");
        return undefined;
      }
      seen.add(ref);
      const target = lookup(ref);
      if (!target) {
        warn(ref, current.pointer, "names nothing in the document");
        return undefined;
      }
      current = target;
    }
    warn(String((current.node as TJsonObject).$ref), current.pointer, "is a chain of more than 32 $refs");
    return undefined;
  };

  return { resolve, warnings };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
