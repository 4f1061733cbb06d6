import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonObject, TJsonValue } from "../types.ts";
import { asArray, asObject, asString, requestBodySchemas, text } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule, type ValidationContext } from "./rule-types.ts";

const isBlank = (v: unknown) => typeof v === "string" && v.trim() === "";
/**
 * A letter of a script other than Latin: text that is not written in English. Greek and the common letters (µ, Ω as a
 * unit) appear in English technical text, so they do not count.
 */
const NON_LATIN_LETTER = /(?=\p{L})[^\p{Script=Latin}\p{Script=Greek}\p{Script=Common}\p{Script=Inherited}]/u;

/** A place where an internal (hidden) value has a default but is optional: a parameter, or a request body's property. */
interface TInternalOptionalSite {
  pointer: string;
  /** How a message names it: parameter "x" or property "x". */
  what: string;
  isParameter: boolean;
}

/**
 * Every internal, optional value with a default that a request would carry: non-body parameters, and the properties
 * of each body parameter's schema (through $ref, nested properties, allOf and array items; each schema once). A
 * schema only used in responses is never sent, so it is not searched.
 */
function internalOptionalSites(ctx: ValidationContext): TInternalOptionalSite[] {
  return ctx.memo("internal-optional-sites", () => {
    const out: TInternalOptionalSite[] = [];
    // No object of the document is internal with a default (three in four published connectors): no site to look for.
    if (!ctx.mayHaveInternalDefault) return out;
    const isInternalWithDefault = (v: TJsonObject) => v["x-ms-visibility"] === "internal" && v.default !== undefined;
    for (const { schema, pointer } of requestBodySchemas(ctx)) {
      const properties = asObject(schema.properties);
      if (!properties) continue;
      let required: Set<string> | undefined;
      for (const name of Object.keys(properties)) {
        const property = asObject(properties[name]);
        if (property && isInternalWithDefault(property) && !(required ??= new Set(asArray(schema.required).map(text))).has(name))
          out.push({ pointer: joinPointer(pointer, "properties", name), what: `Property "${name}"`, isParameter: false });
      }
    }
    const seenParams = new Set<TJsonObject>();
    for (const o of ctx.operations)
      for (const p of o.parameters) {
        if (p.param.in === "body" || seenParams.has(p.param)) continue;
        seenParams.add(p.param);
        // At the definition, where the fix goes: a shared #/parameters entry is reported once, not per $ref.
        if (isInternalWithDefault(p.param) && p.param.required !== true)
          out.push({ pointer: p.resolvedPointer, what: `Parameter "${text(p.param.name)}"`, isParameter: true });
      }
    return out;
  });
}

const REQUIRE_IT = (site: TInternalOptionalSite) => (site.isParameter ? `Mark it "required": true` : `Add it to its schema's "required" list`);

const DYNAMIC = ["x-ms-dynamic-values", "x-ms-dynamic-schema", "x-ms-dynamic-list", "x-ms-dynamic-properties"] as const;
const CALLEE = ["operationId", "builtInOperation", "capability"];

export const VALUE_RULES: Rule[] = [
  defineRule({
    id: "OneOfPropertiesRequired",
    severity: "error",
    group: "Properties",
    origin: "microsoft",
    description:
      "A dynamic extension (x-ms-dynamic-values, -schema, -list, -properties) has none of operationId, builtInOperation, capability; or a parameter has neither type nor schema (a warning, beside RequiredPropertyMissing).",
    node: "schema",
    keys: DYNAMIC,
    // A parameter is either a body with "schema" or another location with "type": one with neither is read by three
    // outside readers of the page as this code, and by Swagger's schema as RequiredPropertyMissing, so both are said.
    also: {
      node: "parameter",
      check: ({ param, pointer }) =>
        // A body without a schema is BodyParameterSchemaRequired's.
        param.in !== "body" && param.type === undefined && param.schema === undefined && typeof param.$ref !== "string"
          ? [
              {
                message: `Parameter "${text(param.name)}" has neither "type" nor "schema": at least one is required. Give it a "type" (such as "string"), as a parameter in ${typeof param.in === "string" && param.in !== "" ? param.in : "the query"} takes, or make it the body with a "schema".`,
                path: pointer,
                severity: "warning",
              },
            ]
          : NONE,
    },
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
      "A property the platform requires is present but empty: info title or version, an operationId, a parameter's name, an API key's name, an OAuth URL (an error; a body parameter's name of only whitespace, a warning); an empty info.description, operation summary or x-ms-connector-metadata value (a warning).",
    node: "document",
    check: ({ ctx }) => {
      let out: Issue[] | undefined;
      // "" and a value of only whitespace are both empty (an error), but for a body parameter's name, which is never
      // sent: the certified E-goi connector's SendSMS body is named " ", and the platform published it (a warning).
      const report = (path: string, what: string, value: TJsonValue | undefined, isNeverSent = false) =>
        (out ??= []).push(
          value === ""
            ? { message: `${what} is empty. Give it a value.`, path }
            : isNeverSent
              ? {
                  message: `${what} is only whitespace. The platform accepts it for a body, whose name is not sent, but give it a real name such as "body".`,
                  path,
                  severity: "warning",
                }
              : { message: `${what} is only whitespace, which counts as empty. Give it a value.`, path },
        );
      const info = asObject(ctx.doc.info);
      for (const key of ["title", "version"]) if (isBlank(info?.[key])) report(joinPointer("/info", key), `info.${key}`, info?.[key]);
      // An empty description: optional in Swagger, required for certification, so a warning.
      if (isBlank(info?.description))
        (out ??= []).push({
          message: `info.description is empty. Describe what the connector does in a sentence or two, or remove the empty description.`,
          path: "/info/description",
          severity: "warning",
        });
      for (const o of ctx.operations) {
        // A missing operationId is OperationIdRequired's; an empty one is here.
        if (isBlank(o.op.operationId))
          report(joinPointer(o.pointer, "operationId"), `The operationId of ${o.method.toUpperCase()} ${o.path}`, o.op.operationId);
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
            report(joinPointer(p.pointer, "name"), `A parameter's name in ${o.method.toUpperCase()} ${o.path}`, p.param.name, p.param.in === "body");
      }
      // The connector's metadata (Website, Privacy policy, Categories): required for certification, a warning here.
      asArray(ctx.doc["x-ms-connector-metadata"]).forEach((entry, i) => {
        const e = asObject(entry);
        if (isBlank(e?.propertyValue))
          (out ??= []).push({
            message: `The value of x-ms-connector-metadata "${text(e?.propertyName)}" is empty. Give it a value (a URL for Website and Privacy policy, categories separated by ';'), or remove the entry.`,
            path: joinPointer("/x-ms-connector-metadata", i, "propertyValue"),
            severity: "warning",
          });
      });
      const shared = asObject(ctx.doc.parameters) ?? {};
      for (const key of Object.keys(shared))
        if (isBlank(asObject(shared[key])?.name))
          report(joinPointer("/parameters", key, "name"), `The name of parameter "${key}"`, asObject(shared[key])?.name, asObject(shared[key])?.in === "body");
      const schemes = asObject(ctx.doc.securityDefinitions) ?? {};
      for (const key of Object.keys(schemes)) {
        const scheme = asObject(schemes[key]) as TJsonObject | undefined;
        const fields = scheme?.type === "apiKey" ? ["name"] : scheme?.type === "oauth2" ? ["authorizationUrl", "tokenUrl"] : [];
        for (const field of fields)
          if (isBlank(scheme?.[field])) report(joinPointer("/securityDefinitions", key, field), `"${field}" of security definition "${key}"`, scheme?.[field]);
      }
      return out ?? NONE;
    },
  }),
  // Microsoft publishes two codes for one condition, an internal value with a default that is optional, and does not
  // say which it reports where: each site is reported under both, so a search for either code finds it.
  defineRule({
    id: "InternalPropertyWithDefaultOptional",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description:
      "An internal (hidden) parameter or request body property has a default but is optional: only required ones are sure to be sent. Reported with PropertyMustBeRequired, Microsoft's other code for the same condition.",
    node: "document",
    check: ({ ctx }) =>
      internalOptionalSites(ctx).map((site) => ({
        message: `${site.what} is internal with a default, but optional: only required values are sure to be included in requests. ${REQUIRE_IT(site)} if the API needs the value.`,
        path: site.pointer,
      })),
  }),
  defineRule({
    id: "PropertyMustBeRequired",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description:
      "An internal (hidden) parameter or request body property has a default but is not required, so it is ignored. Reported with InternalPropertyWithDefaultOptional, Microsoft's other code for the same condition.",
    node: "document",
    check: ({ ctx }) =>
      internalOptionalSites(ctx).map((site) => ({
        message: `${site.what} is internal and has a default, so it must be required: optional internal values are ignored. ${REQUIRE_IT(site)}, or make it visible.`,
        path: site.pointer,
      })),
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
