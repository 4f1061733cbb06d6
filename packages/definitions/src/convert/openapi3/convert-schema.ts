import { followRef } from "../../document/resolve-ref.ts";
import { joinPointer } from "../../parse/json-pointer.ts";
import type { TJsonObject, TJsonValue } from "../../types.ts";
import { asArray, asObject, copyExtensions, type TConvertContext } from "./context.ts";

/** Keys that mean the same in a 2.0 schema and are copied as they are. */
const SAME_KEYS = new Set([
  "title",
  "description",
  "default",
  "multipleOf",
  "maximum",
  "minimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxProperties",
  "minProperties",
  "required",
  "format",
  "readOnly",
  "xml",
  "externalDocs",
  "example",
]);

/** Keys handled by their own code below. */
const HANDLED_KEYS = new Set([
  "$ref",
  "type",
  "nullable",
  "enum",
  "const",
  "examples",
  "items",
  "properties",
  "additionalProperties",
  "allOf",
  "oneOf",
  "anyOf",
  "discriminator",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "$schema",
  "$id",
  "$comment",
]);

const COMPONENT_SCHEMAS = "#/components/schemas/";

/** A schema $ref rewritten for 2.0: components/schemas become definitions. */
export function rewriteSchemaRef(ref: string): string {
  return ref.startsWith(COMPONENT_SCHEMAS) ? `#/definitions/${ref.slice(COMPONENT_SCHEMAS.length)}` : ref;
}

/** The schema behind a $ref (for merging alternatives), or the schema itself. */
function resolved(ctx: TConvertContext, schema: TJsonObject): TJsonObject {
  if (typeof schema.$ref !== "string") return schema;
  const outcome = followRef(ctx.source, schema.$ref);
  return outcome.ok ? (asObject(outcome.value) ?? schema) : schema;
}

function isNullSchema(schema: TJsonValue): boolean {
  const obj = asObject(schema);
  return obj !== undefined && (obj.type === "null" || (Array.isArray(obj.enum) && obj.enum.length === 1 && obj.enum[0] === null));
}

function convertType(ctx: TConvertContext, schema: TJsonObject, pointer: string, out: TJsonObject): void {
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t): t is string => typeof t === "string");
    const others = types.filter((t) => t !== "null");
    if (types.includes("null")) {
      out["x-nullable"] = true;
      ctx.losses.add(
        "NullableType",
        joinPointer(pointer, "type"),
        `The type array ${JSON.stringify(types)} allows null; 2.0 has no null type, so the schema is ${others[0] ?? "untyped"} with x-nullable: true.`,
      );
    }
    if (others.length > 1) {
      ctx.losses.add(
        "TypeArray",
        joinPointer(pointer, "type"),
        `The type array ${JSON.stringify(types)} allows several types; 2.0 takes one, so "${others[0]}" was kept. Split the value into one property per type if callers need the others.`,
      );
    }
    if (others[0] !== undefined) out.type = others[0];
  } else if (typeof schema.type === "string" && schema.type !== "null") {
    out.type = schema.type;
  } else if (schema.type === "null") {
    out["x-nullable"] = true;
    ctx.losses.add("NullableType", joinPointer(pointer, "type"), 'The type "null" does not exist in 2.0; the schema was left untyped with x-nullable: true.');
  }
  if (schema.nullable === true) {
    out["x-nullable"] = true;
    ctx.losses.add("NullableType", joinPointer(pointer, "nullable"), "nullable: true does not exist in 2.0; x-nullable: true was set instead.");
  }
}

function convertBounds(ctx: TConvertContext, schema: TJsonObject, pointer: string, out: TJsonObject): void {
  for (const [key, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    const value = schema[key];
    if (typeof value === "boolean") out[key] = value;
    else if (typeof value === "number") {
      // 3.1 (JSON Schema 2020-12) gives the bound itself; 2.0 gives the bound and a flag.
      out[bound] = value;
      out[key] = true;
    } else if (value !== undefined) {
      ctx.losses.add("SchemaKeywordDropped", joinPointer(pointer, key), `${key} must be a number or a boolean; it was dropped.`);
    }
  }
}

/** oneOf/anyOf: objects merge into one object whose properties are all optional; anything else keeps the first alternative. */
function flattenComposition(ctx: TConvertContext, schema: TJsonObject, pointer: string, key: "oneOf" | "anyOf", out: TJsonObject, depth: number): void {
  const options = asArray(schema[key]);
  const nonNull = options.filter((o) => !isNullSchema(o));
  if (nonNull.length < options.length) {
    out["x-nullable"] = true;
    ctx.losses.add("NullableType", joinPointer(pointer, key), `${key} with a null alternative: 2.0 has no null type, so x-nullable: true was set.`);
  }
  if (nonNull.length === 1) {
    Object.assign(out, convertSchema(ctx, asObject(nonNull[0]) ?? {}, joinPointer(pointer, key, options.indexOf(nonNull[0] as TJsonValue)), depth + 1));
    return;
  }
  if (nonNull.length === 0) return;
  const targets = nonNull.map((o) => resolved(ctx, asObject(o) ?? {}));
  const isAllObjects = targets.every((t) => t.type === "object" || (t.type === undefined && asObject(t.properties) !== undefined));
  if (isAllObjects) {
    const properties: TJsonObject = {};
    targets.forEach((t, i) => {
      const props = asObject(t.properties) ?? {};
      for (const [name, prop] of Object.entries(props)) {
        if (properties[name] !== undefined) continue;
        const at = joinPointer(pointer, key, options.indexOf(nonNull[i] as TJsonValue), "properties", name);
        properties[name] = convertSchema(ctx, asObject(prop) ?? {}, at, depth + 1);
      }
    });
    out.type = "object";
    if (Object.keys(properties).length > 0) out.properties = properties;
    ctx.losses.add(
      "CompositionFlattened",
      joinPointer(pointer, key),
      `${key} of ${nonNull.length} object schemas: 2.0 has no ${key}, so they were merged into one object holding every property, none required. Callers no longer see which shape applies.`,
    );
  } else {
    Object.assign(out, convertSchema(ctx, asObject(nonNull[0]) ?? {}, joinPointer(pointer, key, options.indexOf(nonNull[0] as TJsonValue)), depth + 1));
    ctx.losses.add(
      "CompositionFlattened",
      joinPointer(pointer, key),
      `${key} of ${nonNull.length} alternatives that are not all objects: 2.0 has no ${key}, so only the first alternative was kept.`,
    );
  }
  if (asObject(schema.discriminator)) {
    ctx.losses.add(
      "DiscriminatorMapping",
      joinPointer(pointer, "discriminator"),
      `The discriminator of a ${key} cannot be expressed in 2.0; it was dropped with the ${key}.`,
    );
  }
}

function convertDiscriminator(ctx: TConvertContext, schema: TJsonObject, pointer: string, out: TJsonObject): void {
  const discriminator = asObject(schema.discriminator);
  if (!discriminator || schema.oneOf !== undefined || schema.anyOf !== undefined) return;
  const name = discriminator.propertyName;
  const required = asArray(out.required);
  const props = asObject(out.properties) ?? {};
  if (typeof name === "string" && props[name] !== undefined && required.includes(name)) out.discriminator = name;
  else
    ctx.losses.add(
      "DiscriminatorMapping",
      joinPointer(pointer, "discriminator"),
      `2.0 needs the discriminator property ("${String(name)}") declared and required in the same schema; it is not, so the discriminator was dropped.`,
    );
  if (asObject(discriminator.mapping)) {
    ctx.losses.add(
      "DiscriminatorMapping",
      joinPointer(pointer, "discriminator", "mapping"),
      "2.0 discriminators take the schema name as the value; the mapping was dropped. Values must equal the names of the definitions.",
    );
  }
}

const inlining = new WeakMap<TConvertContext, Set<string>>();

/** A schema $ref to somewhere other than components/schemas (a request body, a path): 2.0 refs point into definitions, so the target is copied in. */
function inlineRef(ctx: TConvertContext, ref: string, pointer: string, depth: number): TJsonObject {
  const stack = inlining.get(ctx) ?? new Set<string>();
  inlining.set(ctx, stack);
  const outcome = followRef(ctx.source, ref);
  const target = outcome.ok ? asObject(outcome.value) : undefined;
  if (!outcome.ok || !target) {
    ctx.losses.add(
      "UnresolvedRef",
      pointer,
      `The reference ${ref} cannot be resolved; the schema was left empty. Point it at a schema under components/schemas.`,
    );
    return {};
  }
  if (stack.has(outcome.pointer)) {
    ctx.losses.add(
      "SchemaKeywordDropped",
      pointer,
      `The reference ${ref} points into a schema outside components/schemas that contains itself; the inner copy became {"type": "object"}. Move the schema to components/schemas.`,
    );
    return { type: "object" };
  }
  stack.add(outcome.pointer);
  try {
    return convertSchema(ctx, target, outcome.pointer.replace(/^#/, ""), depth + 1);
  } finally {
    stack.delete(outcome.pointer);
  }
}

/** Converts an OpenAPI 3.0/3.1 schema to a Swagger 2.0 schema, reporting every keyword it cannot keep. */
export function convertSchema(ctx: TConvertContext, schema: TJsonObject, pointer: string, depth = 0): TJsonObject {
  if (depth > 100) return {};
  if (typeof schema.$ref === "string") {
    const siblings = Object.keys(schema).filter((k) => k !== "$ref" && !k.startsWith("x-"));
    if (siblings.length > 0) {
      ctx.losses.add("RefSiblingsDropped", pointer, `2.0 ignores keys beside $ref; ${siblings.join(", ")} dropped. Move them into the referenced schema.`);
    }
    if (schema.$ref.startsWith(COMPONENT_SCHEMAS) || !schema.$ref.startsWith("#/")) {
      // x-ms-* beside $ref (x-ms-visibility, x-ms-summary) are kept: published connectors rely on them.
      const out: TJsonObject = { $ref: rewriteSchemaRef(schema.$ref) };
      copyExtensions(schema, out);
      return out;
    }
    return inlineRef(ctx, schema.$ref, pointer, depth);
  }
  const out: TJsonObject = {};
  convertType(ctx, schema, pointer, out);
  for (const [key, value] of Object.entries(schema)) {
    if (SAME_KEYS.has(key)) out[key] = value;
    else if (!HANDLED_KEYS.has(key) && !key.startsWith("x-")) {
      ctx.losses.add("SchemaKeywordDropped", joinPointer(pointer, key), `2.0 schemas have no "${key}"; it was dropped.`);
    }
  }
  copyExtensions(schema, out);
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((v) => v !== null);
    if (values.length < schema.enum.length) {
      out["x-nullable"] = true;
      ctx.losses.add("NullableType", joinPointer(pointer, "enum"), "null in an enum: 2.0 has no null value type, so it was removed and x-nullable: true set.");
    }
    if (values.length > 0) out.enum = values;
  }
  if (schema.const !== undefined) {
    out.enum = [schema.const];
    ctx.losses.add("SchemaKeywordDropped", joinPointer(pointer, "const"), "2.0 has no const; it became an enum of one value.");
  }
  if (Array.isArray(schema.examples) && schema.examples.length > 0) {
    if (out.example === undefined) out.example = schema.examples[0] as TJsonValue;
    if (schema.examples.length > 1)
      ctx.losses.add("ExamplesDropped", joinPointer(pointer, "examples"), "2.0 schemas hold one example; the first was kept as example.");
  }
  convertBounds(ctx, schema, pointer, out);
  const items = schema.items;
  if (asObject(items)) out.items = convertSchema(ctx, items as TJsonObject, joinPointer(pointer, "items"), depth + 1);
  else if (Array.isArray(items) && asObject(items[0])) {
    out.items = convertSchema(ctx, items[0] as TJsonObject, joinPointer(pointer, "items", 0), depth + 1);
    ctx.losses.add("SchemaKeywordDropped", joinPointer(pointer, "items"), "items as an array (tuple) does not exist in 2.0; the first item schema was kept.");
  }
  if (out.type === "array" && out.items === undefined) out.items = {};
  const properties = asObject(schema.properties);
  if (properties) {
    const converted: TJsonObject = {};
    for (const [name, prop] of Object.entries(properties))
      converted[name] = convertSchema(ctx, asObject(prop) ?? {}, joinPointer(pointer, "properties", name), depth + 1);
    out.properties = converted;
  }
  const additional = schema.additionalProperties;
  if (typeof additional === "boolean") out.additionalProperties = additional;
  else if (asObject(additional))
    out.additionalProperties = convertSchema(ctx, additional as TJsonObject, joinPointer(pointer, "additionalProperties"), depth + 1);
  if (Array.isArray(schema.allOf)) {
    out.allOf = schema.allOf.map((part, i) => convertSchema(ctx, asObject(part) ?? {}, joinPointer(pointer, "allOf", i), depth + 1));
  }
  if (Array.isArray(schema.oneOf)) flattenComposition(ctx, schema, pointer, "oneOf", out, depth);
  else if (Array.isArray(schema.anyOf)) flattenComposition(ctx, schema, pointer, "anyOf", out, depth);
  convertDiscriminator(ctx, schema, pointer, out);
  return out;
}
