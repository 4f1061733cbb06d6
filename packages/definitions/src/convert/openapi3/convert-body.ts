import { joinPointer } from "../../parse/json-pointer.ts";
import type { TJsonObject, TJsonValue } from "../../types.ts";
import { asObject, chooseMediaType, copyExtensions, deref, type TConvertContext } from "./context.ts";
import { convertSchema } from "./convert-schema.ts";
import { simpleFromSchema } from "./convert-parameter.ts";

export interface TConvertedBody {
  parameters: TJsonObject[];
  consumes?: string;
  /** The converted body schema when the body is one JSON parameter (the webhook trigger rewrites it). */
  bodySchema?: { parameter: TJsonObject; source: TJsonObject | undefined; pointer: string };
}

const isForm = (type: string) => /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type);

function sameSchemas(content: TJsonObject): boolean {
  const schemas = Object.values(content).map((m) => JSON.stringify(asObject(m)?.schema ?? null));
  return schemas.every((s) => s === schemas[0]);
}

/** Form bodies become one formData parameter per property (binary properties are files). */
function formParameters(ctx: TConvertContext, media: TJsonObject, pointer: string): TJsonObject[] | undefined {
  // A named schema (a $ref) stays one body parameter, as 2.0 connectors write form bodies; inline objects become fields.
  if (typeof asObject(media.schema)?.$ref === "string") return undefined;
  const found = deref(ctx, media.schema, joinPointer(pointer, "schema"));
  const schema = found?.value;
  const properties = asObject(schema?.properties);
  if (!schema || !found || !properties) return undefined;
  const required = Array.isArray(schema.required) ? schema.required : [];
  if (asObject(media.encoding))
    ctx.losses.add(
      "FormEncoding",
      joinPointer(pointer, "encoding"),
      "2.0 has no encoding objects for form fields; the per-field content types and headers were dropped.",
    );
  return Object.entries(properties).map(([name, raw]) => {
    const at = joinPointer(found.pointer, "properties", name);
    const prop = deref(ctx, raw, at)?.value ?? {};
    const isFile =
      prop.format === "binary" ||
      prop.format === "byte" ||
      prop.contentMediaType !== undefined ||
      (prop.type === "array" && asObject(prop.items)?.format === "binary");
    const out: TJsonObject = isFile
      ? { name, in: "formData", type: "file" }
      : { name, in: "formData", ...simpleFromSchema(ctx, prop, at, `The form field "${name}"`) };
    if (typeof prop.description === "string") out.description = prop.description;
    copyExtensions(prop, out);
    if (required.includes(name)) out.required = true;
    return out;
  });
}

/** Converts a request body to 2.0: one body parameter, or formData parameters for form media types. */
export function convertRequestBody(ctx: TConvertContext, raw: TJsonValue | undefined, rawPointer: string, operation: TJsonObject = {}): TConvertedBody {
  const found = deref(ctx, raw, rawPointer);
  if (!found) return { parameters: [] };
  const body = found.value;
  const pointer = found.pointer;
  const content = asObject(body.content) ?? {};
  const types = Object.keys(content);
  const chosen = chooseMediaType(types);
  if (!chosen) return { parameters: [] };
  if (types.length > 1) {
    const others = types.filter((t) => t !== chosen);
    ctx.losses.add(
      "SeveralRequestMediaTypes",
      joinPointer(pointer, "content"),
      `The request body comes in ${types.length} media types; a connector sends one, so ${chosen} was kept and ${others.join(", ")} dropped${sameSchemas(content) ? "" : " (their schemas differ)"}.`,
    );
  }
  const mediaPointer = joinPointer(pointer, "content", chosen);
  const media = asObject(content[chosen]) ?? {};
  const isRequired = body.required === true;
  if (media.example !== undefined || media.examples !== undefined) {
    ctx.losses.add(
      "ExamplesDropped",
      joinPointer(mediaPointer, media.example !== undefined ? "example" : "examples"),
      "2.0 request bodies have no examples; dropped (put one in the schema's example).",
    );
  }
  if (isForm(chosen)) {
    const fields = formParameters(ctx, media, mediaPointer);
    if (fields) return { parameters: fields, consumes: chosen };
  }
  const rawSchema = asObject(media.schema);
  const schema = rawSchema
    ? convertSchema(ctx, rawSchema, joinPointer(mediaPointer, "schema"))
    : /json/i.test(chosen)
      ? {}
      : { type: "string", format: "binary" };
  // x-bodyName (Redocly) and x-codegen-request-body-name (swagger2openapi) keep the 2.0 body parameter's name.
  const named = body["x-bodyName"] ?? operation["x-bodyName"] ?? operation["x-codegen-request-body-name"];
  const name = typeof named === "string" && named !== "" ? named : "body";
  const parameter: TJsonObject = { name, in: "body", required: isRequired, schema };
  if (typeof body.description === "string") parameter.description = body.description;
  copyExtensions(body, parameter);
  delete parameter["x-bodyName"];
  delete parameter["x-codegen-request-body-name"];
  return { parameters: [parameter], consumes: chosen, bodySchema: { parameter, source: rawSchema, pointer: joinPointer(mediaPointer, "schema") } };
}

function convertHeaders(ctx: TConvertContext, headers: TJsonObject, pointer: string): TJsonObject {
  const out: TJsonObject = {};
  for (const [name, raw] of Object.entries(headers)) {
    const found = deref(ctx, raw, joinPointer(pointer, name));
    if (!found) continue;
    const header = found.value;
    const converted = simpleFromSchema(ctx, asObject(header.schema) ?? { type: "string" }, joinPointer(found.pointer, "schema"), `The header "${name}"`);
    if (typeof header.description === "string") converted.description = header.description;
    out[name] = converted;
  }
  return out;
}

/** Converts one response; `produces` gathers the media types the operation answers with. */
export function convertResponse(ctx: TConvertContext, raw: TJsonValue | undefined, rawPointer: string, produces: Set<string>): TJsonObject | undefined {
  const found = deref(ctx, raw, rawPointer);
  if (!found) return undefined;
  const response = found.value;
  const pointer = found.pointer;
  const out: TJsonObject = { description: typeof response.description === "string" ? response.description : "" };
  const content = asObject(response.content) ?? {};
  const types = Object.keys(content);
  const chosen = chooseMediaType(types);
  if (chosen) {
    for (const t of types) produces.add(t);
    if (types.length > 1 && !sameSchemas(content)) {
      ctx.losses.add(
        "SeveralResponseMediaTypes",
        joinPointer(pointer, "content"),
        `The response comes in ${types.join(", ")} with different schemas; 2.0 has one schema per response, so the schema of ${chosen} was kept.`,
      );
    }
    const mediaPointer = joinPointer(pointer, "content", chosen);
    const media = asObject(content[chosen]) ?? {};
    const schema = asObject(media.schema);
    if (schema) out.schema = convertSchema(ctx, schema, joinPointer(mediaPointer, "schema"));
    if (media.example !== undefined) out.examples = { [chosen]: media.example };
    const examples = asObject(media.examples);
    if (examples) {
      const names = Object.keys(examples);
      const first = names[0] !== undefined ? deref(ctx, examples[names[0]], joinPointer(mediaPointer, "examples", names[0])) : undefined;
      if (first && first.value.value !== undefined && out.examples === undefined) out.examples = { [chosen]: first.value.value };
      if (names.length > 1 || (first && first.value.value === undefined)) {
        ctx.losses.add(
          "ExamplesDropped",
          joinPointer(mediaPointer, "examples"),
          `2.0 keeps one example per media type; ${names.length > 1 ? `"${names[0]}" was kept, ${names.slice(1).join(", ")} dropped` : "an external example was dropped"}.`,
        );
      }
    }
  }
  const headers = asObject(response.headers);
  if (headers) out.headers = convertHeaders(ctx, headers, joinPointer(pointer, "headers"));
  if (asObject(response.links)) {
    ctx.losses.add(
      "LinksDropped",
      joinPointer(pointer, "links"),
      `Links (${Object.keys(response.links as TJsonObject).join(", ")}) have no equivalent in 2.0 or in connectors; dropped. Dynamic values (x-ms-dynamic-values) can play their part for inputs.`,
    );
  }
  copyExtensions(response, out);
  return out;
}
