import { followRef } from "../../src/document/resolve-ref.ts";
import type { TJsonObject, TJsonValue } from "../../src/types.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];
const PARAMETER_KEYS = [
  "required",
  "type",
  "format",
  "x-ms-summary",
  "x-ms-visibility",
  "x-ms-dynamic-values",
  "x-ms-url-encoding",
  "x-ms-notification-url",
  "enum",
  "default",
];
const OPERATION_KEYS = ["operationId", "x-ms-visibility", "x-ms-trigger", "deprecated", "summary", "x-ms-pageable"];

const obj = (v: TJsonValue | undefined): TJsonObject => (v !== null && typeof v === "object" && !Array.isArray(v) ? v : {});

function resolve(doc: TJsonObject, value: TJsonValue | undefined): TJsonObject {
  const o = obj(value);
  if (typeof o.$ref !== "string") return o;
  const outcome = followRef(doc, o.$ref);
  return outcome.ok ? obj(outcome.value) : {};
}

const SCHEMA_KEYS = ["type", "format", "$ref", "x-ms-summary", "x-ms-visibility", "enum"];

/** A schema's properties and items, with the keys the designer shows, a few levels down. */
function schemaFacts(schema: TJsonObject, at: string, facts: string[], depth: number): void {
  if (depth > 4) return;
  // Beside $ref, 2.0 ignores everything but extensions (the platform reads x-ms-* there).
  const keys = typeof schema.$ref === "string" ? SCHEMA_KEYS.filter((k) => k === "$ref" || k.startsWith("x-")) : SCHEMA_KEYS;
  for (const key of keys) if (schema[key] !== undefined) facts.push(`${at} ${key}=${JSON.stringify(schema[key])}`);
  if (typeof schema.$ref === "string") return;
  for (const [name, prop] of Object.entries(obj(schema.properties))) schemaFacts(obj(prop), `${at}.${name}`, facts, depth + 1);
  if (schema.items !== undefined) schemaFacts(obj(schema.items), `${at}[]`, facts, depth + 1);
  if (Array.isArray(schema.required)) facts.push(`${at} required=${JSON.stringify([...schema.required].sort())}`);
}

/**
 * What the platform uses of a 2.0 definition, as comparable strings: each operation with its keys, each
 * parameter (path-level merged in) with the keys the designer reads, each response code and its schema, and
 * every definition with its properties. A round trip must give the same set.
 */
export function platformFacts(doc: TJsonObject): string[] {
  const facts: string[] = [];
  for (const [name, schema] of Object.entries(obj(doc.definitions))) {
    facts.push(`definition ${name}`);
    schemaFacts(obj(schema), `definition ${name}`, facts, 0);
  }
  for (const [path, rawItem] of Object.entries(obj(doc.paths))) {
    if (path.startsWith("x-")) continue;
    const item = resolve(doc, rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters.map((p) => resolve(doc, p)) : [];
    for (const method of METHODS) {
      const op = obj(item[method]);
      if (Object.keys(op).length === 0) continue;
      const at = `${method} ${path}`;
      for (const key of OPERATION_KEYS) if (op[key] !== undefined) facts.push(`${at} ${key}=${JSON.stringify(op[key])}`);
      const own = Array.isArray(op.parameters) ? op.parameters.map((p) => resolve(doc, p)) : [];
      const merged = new Map<string, TJsonObject>();
      for (const p of [...shared, ...own]) merged.set(p.in === "body" ? "body" : `${String(p.in)}:${String(p.name)}`, p);
      for (const [key, p] of merged) {
        facts.push(`${at} parameter ${key}`);
        for (const k of PARAMETER_KEYS) {
          if (p.in === "body" && k === "type") continue;
          const value = k === "required" ? p.required === true : p[k];
          if (value !== undefined && value !== false) facts.push(`${at} parameter ${key} ${k}=${JSON.stringify(value)}`);
        }
        if (p.in === "body") schemaFacts(obj(p.schema), `${at} parameter body schema`, facts, 0);
      }
      for (const [code, raw] of Object.entries(obj(op.responses))) {
        const response = resolve(doc, raw);
        facts.push(`${at} response ${code}`);
        if (response.schema !== undefined) schemaFacts(obj(response.schema), `${at} response ${code} schema`, facts, 0);
      }
    }
  }
  return facts.sort();
}
