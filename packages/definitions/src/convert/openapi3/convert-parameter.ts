import { joinPointer } from "../../parse/json-pointer.ts";
import type { TJsonObject } from "../../types.ts";
import { asObject, copyExtensions, deref, type TConvertContext } from "./context.ts";
import { convertSchema } from "./convert-schema.ts";

/** Keys of a 2.0 non-body parameter (or header, or items) taken from its schema. */
const SIMPLE_KEYS = [
  "type",
  "format",
  "enum",
  "default",
  "maximum",
  "minimum",
  "exclusiveMaximum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "multipleOf",
];

/** A 2.0 simple value (query, header, path parameter, response header, array items) from a converted schema. */
export function simpleFromSchema(ctx: TConvertContext, schema: TJsonObject, pointer: string, what: string): TJsonObject {
  let converted = convertSchema(ctx, schema, pointer);
  if (typeof converted.$ref === "string") {
    const target = deref(ctx, schema, pointer);
    converted = target ? convertSchema(ctx, target.value, target.pointer) : {};
  }
  const out: TJsonObject = {};
  for (const key of SIMPLE_KEYS) if (converted[key] !== undefined) out[key] = converted[key];
  if (typeof converted.description === "string") out.description = converted.description;
  if (out.type === undefined || out.type === "object" || out.type === "null") {
    if (out.type === "object") {
      ctx.losses.add(
        "ParameterStyle",
        pointer,
        `${what} is an object; 2.0 allows only strings, numbers, booleans and arrays here, so it became a string (send the value serialized).`,
      );
    }
    out.type = "string";
  }
  if (out.type === "array") {
    const items = asObject(converted.items) ?? {};
    const itemSchema = typeof items.$ref === "string" ? (deref(ctx, asObject(schema.items), joinPointer(pointer, "items"))?.value ?? {}) : undefined;
    const simpleItems = itemSchema ? simpleFromSchema(ctx, itemSchema, joinPointer(pointer, "items"), `${what}'s items`) : {};
    if (!itemSchema) for (const key of SIMPLE_KEYS) if (items[key] !== undefined) simpleItems[key] = items[key];
    if (simpleItems.type === undefined || simpleItems.type === "object" || simpleItems.type === "array") {
      if (simpleItems.type === "object")
        ctx.losses.add("ParameterStyle", joinPointer(pointer, "items"), `${what} holds objects; 2.0 items here are simple values, so they became strings.`);
      if (simpleItems.type !== "array") simpleItems.type = "string";
    }
    out.items = simpleItems;
  }
  return out;
}

function collectionFormat(ctx: TConvertContext, parameter: TJsonObject, pointer: string): string | undefined {
  const location = parameter.in;
  const style = typeof parameter.style === "string" ? parameter.style : location === "query" || location === "cookie" ? "form" : "simple";
  const isExplode = typeof parameter.explode === "boolean" ? parameter.explode : style === "form";
  if (style === "form") return isExplode ? "multi" : "csv";
  if (style === "simple") return "csv";
  if (style === "spaceDelimited" || style === "pipeDelimited") {
    ctx.losses.add(
      "ParameterStyle",
      joinPointer(pointer, "style"),
      `The platform sends arrays comma separated or repeated (csv, multi); the style "${style}" became csv.`,
    );
    return "csv";
  }
  ctx.losses.add("ParameterStyle", joinPointer(pointer, "style"), `The style "${style}" does not exist in 2.0; the values are sent comma separated (csv).`);
  return "csv";
}

/**
 * Converts one OpenAPI 3 parameter (query, header, path) to 2.0. Cookie parameters and the header
 * parameters OpenAPI 3 ignores come back undefined, reported.
 */
export function convertParameter(ctx: TConvertContext, raw: TJsonObject, rawPointer: string): TJsonObject | undefined {
  const found = deref(ctx, raw, rawPointer);
  if (!found) return undefined;
  const parameter = found.value;
  const pointer = found.pointer;
  const name = typeof parameter.name === "string" ? parameter.name : "";
  const location = parameter.in;
  if (location === "cookie") {
    ctx.losses.add(
      "CookieParameter",
      pointer,
      `The cookie parameter "${name}" cannot be expressed in 2.0 and was dropped. If the API needs it, send a Cookie header with a setheader policy in apiProperties.json.`,
    );
    return undefined;
  }
  if (location === "header" && /^authorization$/i.test(name)) {
    ctx.losses.add(
      "AuthorizationHeaderParameter",
      pointer,
      `The "${name}" header parameter was dropped: the platform refuses an Authorization header parameter (ReservedParameterIsUsed) and sets the header from the connection. Declare the credential as a security scheme (an API key in the Authorization header, OAuth 2.0 or basic).`,
    );
    return undefined;
  }
  const out: TJsonObject = { name, in: typeof location === "string" ? location : "query" };
  if (typeof parameter.description === "string") out.description = parameter.description;
  if (parameter.required === true || location === "path") out.required = true;
  if (parameter.allowEmptyValue === true) out.allowEmptyValue = true;
  let schema = asObject(parameter.schema);
  if (!schema && asObject(parameter.content)) {
    const types = Object.keys(parameter.content as TJsonObject);
    ctx.losses.add(
      "ParameterStyle",
      joinPointer(pointer, "content"),
      `The parameter "${name}" is described by content (${types.join(", ")}); 2.0 parameters are simple values, so it became a string.`,
    );
    schema = { type: "string" };
  }
  Object.assign(out, simpleFromSchema(ctx, schema ?? { type: "string" }, joinPointer(pointer, "schema"), `The parameter "${name}"`));
  if (typeof parameter.description === "string") out.description = parameter.description;
  if (out.type === "array") out.collectionFormat = collectionFormat(ctx, parameter, pointer) ?? "csv";
  else if (parameter.style === "deepObject" || (schema && asObject(schema)?.type === "object" && parameter.style !== undefined)) {
    ctx.losses.add(
      "ParameterStyle",
      joinPointer(pointer, "style"),
      `The style "${String(parameter.style)}" for an object value does not exist in 2.0; the parameter is a plain string.`,
    );
  }
  // The platform's own extension for the same thing (swagger2openapi maps it the other way).
  if (parameter.allowReserved === true) out["x-ms-skip-url-encoding"] = true;
  if (parameter.deprecated === true) {
    out["x-ms-visibility"] = "advanced";
    ctx.losses.add(
      "DeprecatedParameter",
      joinPointer(pointer, "deprecated"),
      `2.0 cannot mark the parameter "${name}" deprecated; it was moved to the advanced options (x-ms-visibility: advanced).`,
    );
  }
  if (parameter.example !== undefined || parameter.examples !== undefined) {
    ctx.losses.add(
      "ExamplesDropped",
      joinPointer(pointer, parameter.example !== undefined ? "example" : "examples"),
      `2.0 parameters have no examples; the example of "${name}" was dropped.`,
    );
  }
  if (location === "header" && /^(accept|content-type)$/i.test(name)) {
    ctx.losses.add(
      "IgnoredHeaderParameter",
      pointer,
      `OpenAPI 3 tools ignore a "${name}" header parameter, but the platform sends it like any other header, so it was kept. Check that it does not contradict consumes, produces or the security definition.`,
    );
  }
  // A path value is encoded once, as OpenAPI 3's default style does; without it the platform's validator warns
  // (PathParameterMissingEncoding). The document's own x-ms-url-encoding, if any, is copied over it below.
  if (location === "path") out["x-ms-url-encoding"] = "single";
  copyExtensions(parameter, out);
  return out;
}
