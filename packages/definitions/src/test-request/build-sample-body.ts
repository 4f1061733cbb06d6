import { listOperations } from "../document/list-operations.ts";
import { followRef } from "../document/resolve-ref.ts";
import type { TJsonObject, TJsonValue } from "../types.ts";

type Obj = Record<string, unknown>;

const MAX_DEPTH = 8;
const obj = (value: unknown): Obj => (value && typeof value === "object" && !Array.isArray(value) ? (value as Obj) : {});

/** Example values by format, so a field that must be an e-mail address or a date gets one the API will accept. */
const BY_FORMAT: Record<string, TJsonValue> = {
  email: "someone@example.com",
  "date-time": "2026-01-01T09:00:00Z",
  date: "2026-01-01",
  uri: "https://example.com",
  url: "https://example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
};

function deref(root: Obj, value: unknown, seen: ReadonlySet<string>): { schema: Obj; seen: ReadonlySet<string> } | null {
  const ref = obj(value).$ref;
  if (typeof ref !== "string") return { schema: obj(value), seen };
  // A schema that refers back to itself stops here: the sample is a start to edit, not the whole tree.
  if (seen.has(ref)) return null;
  const outcome = followRef(root as TJsonObject, ref);
  return outcome.ok ? { schema: obj(outcome.value), seen: new Set([...seen, ref]) } : null;
}

function given(schema: Obj): { found: boolean; value?: TJsonValue } {
  for (const key of ["example", "x-example", "default"]) {
    if (schema[key] !== undefined) return { found: true, value: schema[key] as TJsonValue };
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return { found: true, value: schema.enum[0] as TJsonValue };
  return { found: false };
}

function sampleOf(root: Obj, raw: unknown, seen: ReadonlySet<string>, depth: number): TJsonValue | undefined {
  const resolved = deref(root, raw, seen);
  if (!resolved || depth > MAX_DEPTH) return undefined;
  const { schema } = resolved;
  const own = given(schema);
  if (own.found) return own.value;
  const allOf = Array.isArray(schema.allOf) ? schema.allOf : [];
  const type = typeof schema.type === "string" ? schema.type : schema.properties || allOf.length > 0 ? "object" : undefined;
  switch (type) {
    case "object": {
      const parts = [schema, ...allOf.map((s) => deref(root, s, resolved.seen)?.schema ?? {})];
      const properties: Obj = Object.assign({}, ...parts.map((p) => obj(p.properties)));
      const requiredList = parts.flatMap((p) => (Array.isArray(p.required) ? p.required.filter((r): r is string => typeof r === "string") : []));
      const required = new Set(requiredList);
      const out: Record<string, TJsonValue> = {};
      // Required fields first, in the order the definition's "required" lists them (a stored definition's object keys
      // may come back reordered, an array keeps its order); an optional one only where the definition gives its value
      // (example, default, enum), so the body sent unchanged is the smallest one the API should accept.
      const names = [...new Set([...requiredList.filter((n) => n in properties), ...Object.keys(properties)])];
      for (const name of names) {
        const property = properties[name];
        if (obj(deref(root, property, resolved.seen)?.schema)["readOnly"] === true) continue;
        if (!required.has(name) && !given(deref(root, property, resolved.seen)?.schema ?? {}).found) continue;
        const value = sampleOf(root, property, resolved.seen, depth + 1);
        if (value !== undefined) out[name] = value;
      }
      return out;
    }
    case "array": {
      const item = sampleOf(root, schema.items, resolved.seen, depth + 1);
      return item === undefined ? [] : [item];
    }
    case "string":
      return typeof schema.format === "string" && BY_FORMAT[schema.format] !== undefined ? BY_FORMAT[schema.format]! : "string";
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : type === "integer" ? 1 : 0;
    case "boolean":
      return false;
    default:
      return undefined;
  }
}

/**
 * The Test tab's starting body for an operation: built from its body parameter's schema ($refs followed by the
 * shared rule of src/document), required fields first, with the definition's examples, defaults and enums where it
 * has them. Null when the operation takes no JSON body.
 */
export function buildSampleBody(options: { definition: Obj; operationId: string }): string | null {
  const found = listOperations(options.definition as TJsonObject).find((o) => o.op.operationId === options.operationId);
  const body = found?.parameters.map((p) => p.param as Obj).find((p) => p.in === "body");
  if (!body) return null;
  const value = sampleOf(options.definition, body.schema, new Set(), 0);
  return value === undefined ? null : JSON.stringify(value, null, 2);
}
