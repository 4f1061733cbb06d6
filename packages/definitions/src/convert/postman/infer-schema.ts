import type { TJsonObject, TJsonValue } from "../../types.ts";

const MAX_DEPTH = 12;

/** A Swagger schema describing an example value (a saved request body or response), so flows get typed fields. */
export function inferSchema(value: TJsonValue, depth = 0): TJsonObject {
  if (depth > MAX_DEPTH) return { type: "object" };
  if (value === null) return { type: "string", "x-nullable": true };
  if (Array.isArray(value)) return { type: "array", items: value.length > 0 ? inferSchema(value[0] as TJsonValue, depth + 1) : { type: "string" } };
  switch (typeof value) {
    case "string":
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? { type: "string", format: "date-time" } : { type: "string" };
    case "number":
      return Number.isInteger(value) ? { type: "integer", format: "int64" } : { type: "number", format: "double" };
    case "boolean":
      return { type: "boolean" };
    default: {
      const properties: TJsonObject = {};
      for (const key of Object.keys(value)) properties[key] = inferSchema(value[key] as TJsonValue, depth + 1);
      return { type: "object", properties };
    }
  }
}

/** Parses a saved JSON body; Postman bodies often hold {{variables}}, which are replaced by a string first. */
export function parseExampleJson(text: string | undefined): TJsonValue | undefined {
  if (!text || text.trim() === "") return undefined;
  try {
    return JSON.parse(text.replace(/"?\{\{[^}]+\}\}"?/g, '"value"')) as TJsonValue;
  } catch {
    return undefined;
  }
}
