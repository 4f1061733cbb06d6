import type { TJsonObject, TJsonValue } from "../types.ts";
import type { OperationTarget, ValidationContext } from "./rule-types.ts";

export function asObject(value: TJsonValue | undefined): TJsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

export function asArray(value: TJsonValue | undefined): TJsonValue[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: TJsonValue | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Whether a JSON value is of a Swagger type; an absent or unknown type (a typo is another rule's) matches anything. */
export function valueMatchesType(value: TJsonValue, type: string | undefined): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return asObject(value) !== undefined;
    default:
      return true;
  }
}

/** Template variables of a path such as /items/{id}: the text of each {...} that holds no brace. */
export function pathVariables(path: string): string[] {
  const out: string[] = [];
  let open = path.indexOf("{");
  while (open >= 0) {
    const close = path.indexOf("}", open + 1);
    if (close < 0) break;
    const inner = path.indexOf("{", open + 1);
    // "{a{b}": the variable starts at the last "{" before the "}".
    if (inner >= 0 && inner < close) {
      open = inner;
      continue;
    }
    out.push(path.slice(open + 1, close));
    open = path.indexOf("{", close + 1);
  }
  return out;
}

/** An identifier in PascalCase of letters, digits and '_': "list-items" and "List Items" become "ListItems". */
export function pascalCase(value: string): string {
  return value.replace(/[^A-Za-z0-9_]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : "")).replace(/^[a-z]/, (c) => c.toUpperCase());
}

export function describeOperation(op: TJsonObject, method: string, path: string): string {
  return typeof op.operationId === "string" ? `operation "${op.operationId}"` : `operation ${method.toUpperCase()} ${path}`;
}

/**
 * A user value as text for a message or a key. Never throws: String() does for an object whose own
 * "toString" key is not a function ({"toString": 0} in a definition).
 */
export function text(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return String(value);
  } catch {
    return JSON.stringify(value) ?? "?";
  }
}

/** A schema with its $ref followed (up to 32 steps, so a loop ends). */
export function deref(schema: TJsonObject | undefined, ctx: ValidationContext): TJsonObject | undefined {
  let s = schema;
  for (let i = 0; i < 32 && typeof s?.$ref === "string"; i++) s = asObject(ctx.resolve(s.$ref));
  return s;
}

/** The schema of an operation's first successful response (200, 201, then any 2xx), or none. */
export function successSchema(target: OperationTarget): TJsonObject | undefined {
  const responses = asObject(target.op.responses) ?? {};
  const status = ["200", "201", ...Object.keys(responses).filter((s) => /^2\d\d$/.test(s))].find((s) => asObject(responses[s]) !== undefined);
  if (status === undefined) return undefined;
  const response = deref(asObject(responses[status]), target.ctx);
  return deref(asObject(response?.schema), target.ctx);
}
