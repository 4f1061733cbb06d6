import { joinPointer } from "../parse/json-pointer.ts";
import type { TJsonObject, TJsonValue } from "../types.ts";
import { followRef } from "./resolve-ref.ts";
import { text } from "../rules/rule-helpers.ts";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch"] as const;

export interface TListedParameter {
  /** The parameter after $ref resolution. */
  param: TJsonObject;
  /** Where the maker wrote it: the entry of the parameters list (a $ref site or the inline parameter). */
  pointer: string;
  /** Where the resolved parameter lives (the #/parameters entry for a $ref). */
  resolvedPointer: string;
  isFromPathItem: boolean;
}

export interface TListedOperation {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  pointer: string;
  op: TJsonObject;
  pathItem: TJsonObject;
  /** Effective parameters: the path item's, overridden by the operation's own of the same name and "in". */
  parameters: TListedParameter[];
}

const asObject = (value: TJsonValue | undefined): TJsonObject | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;

function listParameters(document: TJsonObject, list: TJsonValue | undefined, base: string, isFromPathItem: boolean): TListedParameter[] {
  if (!Array.isArray(list)) return [];
  const out: TListedParameter[] = [];
  list.forEach((entry, i) => {
    const raw = asObject(entry);
    if (!raw) return;
    const pointer = joinPointer(base, "parameters", i);
    if (typeof raw.$ref !== "string") {
      out.push({ param: raw, pointer, resolvedPointer: pointer, isFromPathItem });
      return;
    }
    const outcome = followRef(document, raw.$ref);
    const param = outcome.ok ? asObject(outcome.value) : undefined;
    if (outcome.ok && param) out.push({ param, pointer, resolvedPointer: outcome.pointer, isFromPathItem });
  });
  return out;
}

const keyOf = (p: TListedParameter) => `${text(p.param.in)}:${text(p.param.name)}`;

/**
 * Every operation of a definition, in document order, with its effective parameters: path-level
 * parameters apply unless the operation declares one with the same name and location (Swagger 2.0's
 * override rule). Keys starting with "x-" and path items that are not objects are skipped; never throws.
 */
export function listOperations(document: TJsonObject): TListedOperation[] {
  const paths = asObject(document.paths);
  if (!paths) return [];
  const out: TListedOperation[] = [];
  for (const path of Object.keys(paths)) {
    if (path.startsWith("x-")) continue;
    const pathItem = asObject(paths[path]);
    if (!pathItem) continue;
    const itemPointer = joinPointer("/paths", path);
    const shared = listParameters(document, pathItem.parameters, itemPointer, true);
    for (const method of HTTP_METHODS) {
      const op = asObject(pathItem[method]);
      if (!op) continue;
      const pointer = joinPointer(itemPointer, method);
      const own = listParameters(document, op.parameters, pointer, false);
      // Most path items declare no parameters of their own: then there is nothing to override.
      let parameters = own;
      if (shared.length > 0) {
        const overridden = new Set(own.map(keyOf));
        parameters = [...shared.filter((p) => !overridden.has(keyOf(p))), ...own];
      }
      out.push({ path, method, pointer, op, pathItem, parameters });
    }
  }
  return out;
}
