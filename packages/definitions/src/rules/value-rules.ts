import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonObject } from "../types.ts";
import { asArray, asObject, asString, text } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule, type ValidationContext } from "./rule-types.ts";

const isBlank = (v: unknown) => typeof v === "string" && v.trim() === "";
/**
 * A letter of a script other than Latin: text that is not written in English. Greek and the common letters (µ, Ω as a
 * unit) appear in English technical text, so they do not count.
 */
const NON_LATIN_LETTER = /(?=\p{L})[^\p{Script=Latin}\p{Script=Greek}\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Whether a schema is sent in a request: inside a body parameter, or in a definition a body parameter's schema
 * references directly. A schema only used in responses is never sent, so "left out of requests" does not apply.
 */
function isInRequestBody(pointer: string, ctx: ValidationContext): boolean {
  if (pointer.includes("/responses/") || pointer.startsWith("/responses")) return false;
  if (/^\/(paths|parameters)\//.test(pointer)) return /\/schema(\/|$)/.test(pointer);
  const name = /^\/definitions\/([^/]+)/.exec(pointer)?.[1];
  if (name === undefined) return false;
  const sent = ctx.memo("request-body-definitions", () => {
    const names = new Set<string>();
    const note = (p: TJsonObject) => {
      if (p.in !== "body") return;
      const schema = asObject(p.schema);
      const ref = asString(schema?.$ref) ?? asString(asObject(schema?.items)?.$ref);
      if (ref?.startsWith("#/definitions/")) names.add(ref.slice("#/definitions/".length).replace(/~1/g, "/").replace(/~0/g, "~"));
    };
    for (const o of ctx.operations) for (const p of o.parameters) note(p.param);
    return names;
  });
  return sent.has(name.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const DYNAMIC = ["x-ms-dynamic-values", "x-ms-dynamic-schema", "x-ms-dynamic-list", "x-ms-dynamic-properties"] as const;
const CALLEE = ["operationId", "builtInOperation", "capability"];

export const VALUE_RULES: Rule[] = [
  defineRule({
    id: "OneOfPropertiesRequired",
    severity: "error",
    group: "Properties",
    origin: "microsoft",
    description: "A dynamic extension (x-ms-dynamic-values, -schema, -list, -properties) has none of operationId, builtInOperation, capability.",
    node: "schema",
    keys: DYNAMIC,
    check: ({ schema, pointer }) => {
      let out: Issue[] | undefined;
      for (const ext of DYNAMIC) {
        const value = asObject(schema[ext]);
        if (value && !CALLEE.some((k) => value[k] !== undefined))
          (out ??= []).push({
            message: `${ext} names nothing to call: at least one of ${CALLEE.map((k) => `"${k}"`).join(", ")} is required. Add "operationId" of the operation that returns the ${ext === "x-ms-dynamic-values" || ext === "x-ms-dynamic-list" ? "values" : "schema"}.`,
            path: joinPointer(pointer, ext),
          });
      }
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "RequiredValueEmpty",
    severity: "error",
    group: "Metadata",
    origin: "microsoft",
    description:
      "A property the platform requires is present but empty: info title or version, a parameter's name, an API key's name, an OAuth URL (an error); an operation's empty summary (a warning).",
    node: "document",
    check: ({ ctx }) => {
      let out: Issue[] | undefined;
      const report = (path: string, what: string) => (out ??= []).push({ message: `${what} is empty. Give it a value.`, path });
      const info = asObject(ctx.doc.info);
      for (const key of ["title", "version"]) if (isBlank(info?.[key])) report(joinPointer("/info", key), `info.${key}`);
      // An empty operationId is OperationIdRequired's.
      for (const o of ctx.operations) {
        // An operation's summary is its action's name in the designer. Summary is optional, so an empty one is a
        // warning: that the platform refuses it is not documented.
        if (isBlank(o.op.summary))
          (out ??= []).push({
            message: `The summary of ${o.method.toUpperCase()} ${o.path} is empty, so the action has no name in the designer. Write a short summary such as "Get item", or remove the empty one.`,
            path: joinPointer(o.pointer, "summary"),
            severity: "warning",
          });
        for (const p of o.parameters)
          if (isBlank(p.param.name) && !p.pointer.endsWith("/$ref"))
            report(joinPointer(p.pointer, "name"), `A parameter's name in ${o.method.toUpperCase()} ${o.path}`);
      }
      const shared = asObject(ctx.doc.parameters) ?? {};
      for (const key of Object.keys(shared))
        if (isBlank(asObject(shared[key])?.name)) report(joinPointer("/parameters", key, "name"), `The name of parameter "${key}"`);
      const schemes = asObject(ctx.doc.securityDefinitions) ?? {};
      for (const key of Object.keys(schemes)) {
        const scheme = asObject(schemes[key]) as TJsonObject | undefined;
        const fields = scheme?.type === "apiKey" ? ["name"] : scheme?.type === "oauth2" ? ["authorizationUrl", "tokenUrl"] : [];
        for (const field of fields)
          if (isBlank(scheme?.[field])) report(joinPointer("/securityDefinitions", key, field), `"${field}" of security definition "${key}"`);
      }
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "PropertyMustBeRequired",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description: "A request body's schema property is internal with a default but not required: optional internal properties are not sent.",
    node: "schema",
    keys: ["properties"],
    check: ({ schema, pointer, ctx }) => {
      const properties = asObject(schema.properties);
      if (!properties || !isInRequestBody(pointer, ctx)) return NONE;
      const required = new Set(asArray(schema.required).map(text));
      let out: Issue[] | undefined;
      for (const name of Object.keys(properties)) {
        const property = asObject(properties[name]);
        if (property?.["x-ms-visibility"] === "internal" && property.default !== undefined && !required.has(name))
          (out ??= []).push({
            message: `Property "${name}" is internal with a default, but not required, so the platform leaves it out of requests. Add "${name}" to "required", or make it visible.`,
            path: joinPointer(pointer, "properties", name),
          });
      }
      return out ?? NONE;
    },
  }),
  {
    ...defineRule({
      id: "ValueMustBeInEnglish",
      severity: "warning",
      group: "Metadata",
      origin: "microsoft",
      description: "The title, description or an operation's summary or description is written in a script other than Latin (certification).",
      node: "document",
      check: ({ ctx }) => {
        let out: Issue[] | undefined;
        const check = (value: unknown, path: string, what: string) => {
          const s = asString(value as never);
          if (s && NON_LATIN_LETTER.test(s))
            (out ??= []).push({
              message: `${what} must be written in English for certification. Translate it (localized strings go in the connector's resources, not here).`,
              path,
            });
        };
        const info = asObject(ctx.doc.info);
        check(info?.title, "/info/title", "The title");
        check(info?.description, "/info/description", "The description");
        for (const o of ctx.operations) {
          check(o.op.summary, joinPointer(o.pointer, "summary"), `The summary of ${o.method.toUpperCase()} ${o.path}`);
          check(o.op.description, joinPointer(o.pointer, "description"), `The description of ${o.method.toUpperCase()} ${o.path}`);
        }
        return out ?? NONE;
      },
    }),
    isCertificationOnly: true,
  } as Rule,
];
