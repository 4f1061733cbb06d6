import type { TJsonValue } from "../types.ts";
import { followRef, MAX_REF_CHAIN } from "../document/resolve-ref.ts";
import { isJsonObject } from "./json-pointer.ts";
import type { TJsonObject, TLocated } from "./types.ts";

export interface TRefResolver {
  /** Follows local $refs (chains included) to the node they name; the pointer is where it lives. */
  resolve(located: TLocated<unknown>): TLocated | undefined;
  warnings: string[];
}

const WHY = {
  external: "is not a local reference (only #/... is supported)",
  loop: "refers back to itself through other $refs",
  missing: "names nothing in the document",
  chain: `is a chain of more than ${MAX_REF_CHAIN} $refs`,
} as const;

/**
 * The diff's view of the shared resolver (src/document/resolve-ref.ts, the one rule for siblings, chains
 * and loops): located nodes, resolved lazily and cached, so shared definitions are never copied and cyclic
 * schemas cost nothing (the schema walk stops cycles itself), and a warning per reference it cannot follow.
 */
export function createRefResolver(document: TJsonObject, label: string): TRefResolver {
  const cache = new Map<string, TLocated | undefined>();
  const warned = new Set<string>();
  const warnings: string[] = [];

  const resolve = (located: TLocated<unknown>): TLocated | undefined => {
    if (!isJsonObject(located.node)) return undefined;
    const ref = located.node.$ref;
    if (typeof ref !== "string") return located as TLocated;
    if (cache.has(ref)) return cache.get(ref);
    const outcome = followRef(document as TJsonValue, ref);
    const found = outcome.ok && isJsonObject(outcome.value) ? { node: outcome.value as TJsonObject, pointer: outcome.pointer } : undefined;
    if (!outcome.ok && !warned.has(ref)) {
      warned.add(ref);
      warnings.push(
        `${label}: the $ref "${ref}" at ${located.pointer || "/"} ${WHY[outcome.problem]}; the diff treats it as an empty schema. Point it at an existing local definition.`,
      );
    }
    cache.set(ref, found);
    return found;
  };

  return { resolve, warnings };
}
