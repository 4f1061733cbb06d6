import { z } from "zod";

type Schema = Record<string, unknown>;

const SAFE_INT = Number.MAX_SAFE_INTEGER;

/** "errorCount" → "Error count": the summary Power Automate shows for a field that declares none of its own. */
function summaryOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** JSON Schema (draft 4, as zod writes it) → the subset OpenAPI 2.0 takes, with x-ms-summary on every property. */
function toSwagger(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toSwagger);
  if (!node || typeof node !== "object") return node;
  const source = node as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "$schema" || key === "$id") continue;
    if (key === "additionalProperties" && value === false) continue;
    out[key] = key === "properties" ? Object.fromEntries(Object.entries(value as Schema).map(([name, s]) => [name, property(name, s)])) : toSwagger(value);
  }
  // OpenAPI 2.0 has no null type: "string or null" is a string marked x-nullable.
  if (Array.isArray(out.type)) {
    const types = (out.type as string[]).filter((t) => t !== "null");
    if (types.length < (out.type as string[]).length) out["x-nullable"] = true;
    out.type = types.length === 1 ? types[0] : types;
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = out[key] as Schema[] | undefined;
    if (!options) continue;
    const rest = options.filter((o) => o.type !== "null");
    if (rest.length === 1 && rest.length < options.length) {
      delete out[key];
      Object.assign(out, rest[0], { "x-nullable": true });
    }
  }
  if (out.type === "integer" && out.minimum === -SAFE_INT && out.maximum === SAFE_INT) {
    delete out.minimum;
    delete out.maximum;
    out.format = "int32";
  }
  return out;
}

function property(name: string, schema: unknown): unknown {
  const converted = toSwagger(schema) as Schema;
  if (converted.$ref) return converted;
  const summary = (converted["x-ms-summary"] as string | undefined) ?? summaryOf(name);
  return { ...converted, "x-ms-summary": summary, description: converted.description ?? `${summary}.` };
}

/**
 * OpenAPI 2.0 `definitions` from the zod schemas the routes validate and answer with (`io: "input"` for request bodies:
 * what a caller may send, defaults optional): each named schema becomes a definition, a named schema used inside another becomes a $ref to it, and `.meta({ description, "x-ms-summary" })`
 * on a schema or field is carried over.
 */
export function swaggerDefinitions(named: Record<string, z.ZodType>, options: { io?: "input" | "output" } = {}): Record<string, Schema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-4", io: options.io ?? "output", unrepresentable: "any", uri: (id) => `#/definitions/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, toSwagger(schema) as Schema]));
}
