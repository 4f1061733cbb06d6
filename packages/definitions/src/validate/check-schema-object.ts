import { joinPointer } from "../parse/json-pointer.ts";
import type { TJsonObject, TJsonValue } from "../types.ts";
import { intendedExtensionName } from "./extension-names.ts";
import type { SchemaIssue } from "./validate-swagger-schema.ts";

/** Keywords from newer JSON Schema drafts or OpenAPI 3 that makers copy into Swagger 2.0 schemas. */
const UNSUPPORTED_KEYWORDS = new Set([
  "oneOf",
  "anyOf",
  "not",
  "nullable",
  "const",
  "$schema",
  "$id",
  "definitions",
  "patternProperties",
  "dependencies",
  "if",
  "then",
  "else",
  "writeOnly",
  "deprecated",
  "examples",
  "contains",
  "propertyNames",
]);
const SIMPLE_TYPES = ["array", "boolean", "integer", "null", "number", "object", "string"];
/** What a keyword's value must be (for the message), or undefined when it is right. */
export type TKeywordCheck = (v: TJsonValue) => string | undefined;
type Check = TKeywordCheck;

const isObj = (v: TJsonValue) => v !== null && typeof v === "object" && !Array.isArray(v);
const string: Check = (v) => (typeof v === "string" ? undefined : "a string");
const number: Check = (v) => (typeof v === "number" ? undefined : "a number");
const boolean: Check = (v) => (typeof v === "boolean" ? undefined : "true or false");
// A negative count has its own published code (Max*/Min*MustBeGreaterThanOrEqualToZero, a schema rule).
const count: Check = (v) => (typeof v === "number" && Number.isInteger(v) ? undefined : "a whole number of zero or more");
const object: Check = (v) => (isObj(v) ? undefined : "an object");
const any: Check = () => undefined;
const schemaList: Check = (v) => (Array.isArray(v) && v.length > 0 && v.every(isObj) ? undefined : "a non-empty array of schemas");

/**
 * The keywords Swagger 2.0 allows in a Schema Object and the value each takes: the Schema Object part of the
 * Swagger 2.0 JSON Schema, checked here during the single walk instead of by a second traversal in ajv.
 */
const KEYWORDS: Record<string, Check> = {
  $ref: string,
  format: string,
  title: string,
  description: string,
  default: any,
  example: any,
  // Zero or negative: MultipleOfMustBeGreaterThanZero (a schema rule).
  multipleOf: number,
  maximum: number,
  minimum: number,
  exclusiveMaximum: boolean,
  exclusiveMinimum: boolean,
  maxLength: count,
  minLength: count,
  pattern: string,
  maxItems: count,
  minItems: count,
  uniqueItems: boolean,
  maxProperties: count,
  minProperties: count,
  required: (v) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? undefined : "an array of property names"),
  enum: (v) => (Array.isArray(v) ? undefined : "an array"),
  additionalProperties: (v) => (isObj(v) || typeof v === "boolean" ? undefined : "a schema or true/false"),
  type: (v) =>
    (typeof v === "string" && SIMPLE_TYPES.includes(v)) ||
    (Array.isArray(v) && v.length > 0 && v.every((t) => typeof t === "string" && SIMPLE_TYPES.includes(t)))
      ? undefined
      : `one of ${SIMPLE_TYPES.join(", ")}`,
  items: (v) => (isObj(v) || (Array.isArray(v) && v.length > 0 && v.every(isObj)) ? undefined : "a schema (or a non-empty array of schemas)"),
  allOf: schemaList,
  properties: (v) => (isObj(v) && Object.values(v as TJsonObject).every(isObj) ? undefined : "an object whose values are schemas"),
  discriminator: string,
  readOnly: boolean,
  xml: object,
  externalDocs: object,
};

/** A Map, so a schema key such as "valueOf" or "constructor" never finds Object.prototype's method, in one lookup. */
const KEYWORD_CHECKS = new Map<string, Check>(Object.entries(KEYWORDS));
/** Every keyword Swagger 2.0 defines for a Schema Object. */
export const SCHEMA_KEYWORDS: readonly string[] = [...KEYWORD_CHECKS.keys()];

function firstDuplicate(list: TJsonValue[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const key = JSON.stringify(list[i]);
    if (seen.has(key)) return i;
    seen.add(key);
  }
  return -1;
}

/** The value check of a Swagger 2.0 Schema Object keyword; undefined for a key Swagger 2.0 does not define. */
export function keywordCheck(key: string): TKeywordCheck | undefined {
  return KEYWORD_CHECKS.get(key);
}

/**
 * What sits beside a schema's $ref: a definition of #/definitions that is only a $ref to another ("The schema
 * definition may not use a '$ref' to point to another definition"), and properties other than x- extensions, which
 * Swagger 2.0 ignores beside $ref ("When '$ref' is defined, no other properties may be specified"). Both warnings.
 */
export function refSchemaIssues(schema: TJsonObject, pointer: string): SchemaIssue[] | undefined {
  let out: SchemaIssue[] | undefined;
  if (DEFINITION_POINTER.test(pointer))
    (out ??= []).push({
      code: "SchemaRefLoopNotAllowed",
      message: `This definition is only a $ref to "${String(schema.$ref)}". A schema definition may not point to another one: copy the target here, or refer to "${String(schema.$ref)}" directly where this one is used.`,
      path: joinPointer(pointer, "$ref"),
    });
  for (const key in schema) {
    if (key === "$ref" || key.startsWith("x-")) continue;
    (out ??= []).push({
      code: "AdditionalPropertyNotAllowedAdjacentToRef",
      message: `"${key}" sits beside "$ref", where Swagger 2.0 ignores it. Move it into the referenced definition, or replace the $ref with the schema itself.`,
      path: joinPointer(pointer, key),
    });
  }
  return out;
}

const DEFINITION_POINTER = /^\/definitions\/[^/]+$/;

/**
 * "uniqueItems": true, the keyword Microsoft names as its example of SwaggerKeywordNotSupported: valid Swagger 2.0,
 * but the platform does not support it (false changes nothing, so it is not reported).
 */
export function uniqueItemsIssue(pointer: string): SchemaIssue {
  return {
    code: "SwaggerKeywordNotSupported",
    message: `"uniqueItems" is not supported by the platform, which neither enforces nor shows it. Remove it, and say in the description that values must be unique.`,
    path: joinPointer(pointer, "uniqueItems"),
  };
}

/**
 * The issue with one key of a Schema Object, if any (at most one per key). `check` is keywordCheck(key),
 * passed in so that the walk's single pass over a schema's keys looks each key up once.
 */
export function checkSchemaKey(key: string, value: TJsonValue, check: TKeywordCheck | undefined, pointer: string): SchemaIssue | undefined {
  if (key.startsWith("x-")) return undefined;
  if (!check) {
    if (UNSUPPORTED_KEYWORDS.has(key))
      return {
        code: "SwaggerKeywordNotSupported",
        message: `"${key}" is a JSON Schema or OpenAPI 3 keyword that Swagger 2.0 and the platform do not support. ${key === "oneOf" || key === "anyOf" ? "Use allOf, or one schema that covers the variants." : key === "nullable" ? 'Use "x-nullable": true instead.' : "Remove it."}`,
        path: joinPointer(pointer, key),
      };
    const intended = intendedExtensionName(key);
    if (intended !== undefined)
      return {
        code: "ExtensionNameNotValid",
        message: `"${key}" is not a Swagger 2.0 schema keyword but looks like an extension, whose name must begin with "x-" (lower case). Rename it to "${intended}" if that is what it is, or remove it.`,
        path: joinPointer(pointer, key),
      };
    return {
      code: "AdditionalPropertyNotAllowed",
      message: `"${key}" is not a Swagger 2.0 schema keyword. Remove it, fix its spelling, or rename it with an "x-" prefix if it is a vendor extension.`,
      path: joinPointer(pointer, key),
    };
  }
  // A response schema may be a file; elsewhere SchemaTypeFileNotValid says what to use instead.
  if (key === "type" && value === "file") return undefined;
  const expected = check(value);
  if (expected) {
    // A type Swagger does not have ("datetime", "int"): "The type/format '{0}' is not recognized", an error here (the
    // code's own severity is for formats, which the platform passes through).
    if (key === "type" && typeof value === "string")
      return {
        code: "UnrecognizedTypeFormat",
        message: `The type ${JSON.stringify(value).slice(0, 60)} is not recognized; it must be ${expected}. Change it (a date is "type": "string" with "format": "date-time").`,
        path: joinPointer(pointer, key),
        severity: "error",
      };
    return {
      code: "JsonTypeIncorrect",
      message: `"${key}" is ${JSON.stringify(value)?.slice(0, 60)}; it must be ${expected}. Change it.`,
      path: joinPointer(pointer, key),
    };
  }
  if (key === "uniqueItems" && value === true) return uniqueItemsIssue(pointer);
  if ((key === "enum" || key === "required") && Array.isArray(value)) {
    const dup = firstDuplicate(value);
    if (dup >= 0)
      return {
        code: "ArrayDuplicateValue",
        message: `"${key}" lists ${JSON.stringify(value[dup])} twice. Remove the duplicate.`,
        path: joinPointer(pointer, key, dup),
      };
  }
  return undefined;
}
