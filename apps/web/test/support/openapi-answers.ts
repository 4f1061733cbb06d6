import { Ajv, type ValidateFunction } from "ajv";

export type Answer = { key: string; caller: string; status: number; body: unknown };

type Schema = Record<string, unknown>;
type Operation = { responses?: Record<string, { schema?: Schema }> };

/**
 * The document as the check reads it: x-nullable as JSON Schema says it ("string or null"), and every object that
 * lists its properties closed, so an answer with a field the definition does not describe (the drift a connector
 * built on the definition would not show) fails as surely as one that lacks a field.
 */
function strictly(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictly);
  if (!node || typeof node !== "object") return node;
  const out: Schema = Object.fromEntries(
    Object.entries(node as Schema).map(([k, v]) => [
      k,
      k === "properties" ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, strictly(s)])) : strictly(v),
    ]),
  );
  if (out["x-nullable"] === true && typeof out.type === "string") out.type = [out.type, "null"];
  if (out["x-nullable"] === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  // OpenAPI 2.0 takes draft 4's boolean exclusive bounds; Ajv speaks draft 7, where the bound itself is the number.
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (out[flag] === true) {
      out[flag] = out[bound];
      delete out[bound];
    } else if (out[flag] === false) delete out[flag];
  }
  return out;
}

/**
 * Checks answers against the hub's own definition: a documented path's answer must match the schema of its status,
 * an undocumented error status the Error definition; a success status the definition does not list is a problem.
 * Routes outside the definition (tokens, test calls, callbacks) are not checked.
 */
export function answerValidator(document: Schema) {
  const doc = strictly(document) as { paths: Record<string, Record<string, Operation>>; definitions: Record<string, Schema> };
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (id: string, schema: Schema) => {
    if (!compiled.has(id)) compiled.set(id, ajv.compile({ ...schema, definitions: doc.definitions }));
    return compiled.get(id)!;
  };
  return (answer: Answer): { checked: boolean; problem?: string } => {
    const [method, route] = answer.key.split(" ") as [string, string];
    const apiPath = route.replace(/\[(\w+)\]/g, "{$1}");
    const operation = doc.paths[apiPath]?.[method.toLowerCase()];
    if (!operation) return { checked: false };
    const described = operation.responses?.[String(answer.status)];
    const where = `${answer.key} as ${answer.caller} (${answer.status})`;
    let schema = described?.schema;
    if (!described) {
      if (answer.status < 400) return { checked: true, problem: `${where}: the definition lists no ${answer.status} answer` };
      schema = { $ref: "#/definitions/Error" };
    }
    if (!schema || schema.type === "file") return { checked: true };
    const validate = validatorFor(`${apiPath} ${method} ${answer.status}`, schema);
    if (validate(answer.body)) return { checked: true };
    return { checked: true, problem: `${where}: ${ajv.errorsText(validate.errors)}` };
  };
}

/**
 * Checks a request body against the body parameter the definition documents for the route, objects closed as for
 * answers: a body the route takes but the definition would refuse (or does not describe) is the same drift.
 */
export function bodyValidator(document: Schema) {
  const doc = strictly(document) as {
    paths: Record<string, Record<string, Operation & { parameters?: { in: string; schema?: Schema }[] }>>;
    definitions: Record<string, Schema>;
  };
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  return (key: string, body: unknown): { checked: boolean; problem?: string } => {
    const [method, route] = key.split(" ") as [string, string];
    const operation = doc.paths[route.replace(/\[(\w+)\]/g, "{$1}")]?.[method.toLowerCase()];
    if (!operation) return { checked: false };
    const schema = operation.parameters?.find((p) => p.in === "body")?.schema;
    if (!schema) return { checked: true, problem: `${key}: the definition documents no body` };
    const validate = ajv.compile({ ...schema, definitions: doc.definitions });
    return validate(body) ? { checked: true } : { checked: true, problem: `${key} body: ${ajv.errorsText(validate.errors)}` };
  };
}
