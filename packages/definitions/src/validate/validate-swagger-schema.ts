import validateQuickly from "../../generated/swagger-2-validator.mjs";
import validateThoroughly, { originRoots } from "../../generated/swagger-2-validator-all-errors.mjs";
import type { ErrorObject } from "ajv";
import { escapePointerSegment, splitPointer } from "../parse/json-pointer.ts";
import { resolveJsonPointer } from "../refs/resolve-ref.ts";
import type { TJsonValue } from "../types.ts";
import { text } from "../rules/rule-helpers.ts";
import { intendedExtensionName } from "./extension-names.ts";
import { subschemaOrigins, type SubschemaOrigin } from "./swagger-schema.ts";

export interface SchemaIssue {
  code: string;
  message: string;
  path: string;
  /** Below the code's severity for a case the platform is not documented to refuse (or above it, for a refusal). */
  severity?: "warning" | "error";
}

/*
 * Both validators are precompiled with ajv's standalone code generation (generated/, by
 * scripts/generate-swagger-validator.ts): a fail-fast one answers for the common valid file, and one that collects
 * every error (with the schema objects they come from) explains an invalid one. Neither is compiled at run time, which
 * took 120-150 ms in the first invalid file of a process.
 */

const PARAMETER_LOCATIONS = ["query", "header", "path", "formData", "body"];
type Obj = Record<string, TJsonValue>;
const asObj = (v: TJsonValue | undefined): Obj | undefined => (v && typeof v === "object" && !Array.isArray(v) ? v : undefined);

/** Whether the schema definition an error came from is the one the maker meant for this object. */
function branchFits(definition: string, instance: Obj | undefined): boolean {
  if (!instance) return true;
  const hasRef = typeof instance.$ref === "string";
  const location = instance.in;
  const type = instance.type;
  const flow = instance.flow;
  switch (definition) {
    case "jsonReference":
      return hasRef;
    case "response":
    case "parameter":
      return !hasRef;
    case "bodyParameter":
      return !hasRef && location === "body";
    case "nonBodyParameter":
      return !hasRef && location !== "body";
    case "headerParameterSubSchema":
    case "queryParameterSubSchema":
    case "pathParameterSubSchema":
    case "formDataParameterSubSchema":
      return !hasRef && location === definition.replace("ParameterSubSchema", "");
    case "fileSchema":
      return type === "file";
    case "basicAuthenticationSecurity":
      return type === "basic";
    case "apiKeySecurity":
      return type === "apiKey";
    case "oauth2ImplicitSecurity":
      return type === "oauth2" && flow === "implicit";
    case "oauth2PasswordSecurity":
      return type === "oauth2" && flow === "password";
    case "oauth2ApplicationSecurity":
      return type === "oauth2" && flow === "application";
    case "oauth2AccessCodeSecurity":
      return type === "oauth2" && flow === "accessCode";
    default:
      return true;
  }
}

let origins: Map<object, SubschemaOrigin> | undefined;

/** The definition of each schema object the thorough validator's errors can name, built on its first invalid file. */
function getOrigins(): Map<object, SubschemaOrigin> {
  origins ??= subschemaOrigins(originRoots);
  return origins;
}

/** The object that the Swagger schema definition an error came from applies to. */
function appliedInstancePath(error: ErrorObject): { definition: string; instancePath: string } | undefined {
  const origin = error.parentSchema ? getOrigins().get(error.parentSchema) : undefined;
  if (!origin) return undefined;
  const parts = error.instancePath.split("/");
  if (origin.depth >= parts.length) return undefined;
  return { definition: origin.definition, instancePath: parts.slice(0, parts.length - origin.depth).join("/") };
}

/** How a message names the object: its key, or for a list item its "name" (parameters) or position. */
function nameOf(doc: TJsonValue, at: string, segments: string[]): string {
  const last = segments[segments.length - 1];
  if (last === undefined) return "the document";
  if (!/^\d+$/.test(last)) return last;
  const item = asObj(resolveJsonPointer(doc, at));
  if (typeof item?.name === "string") return `${segments[segments.length - 2] === "parameters" ? "parameter " : ""}${item.name}`;
  return `item ${last} of ${segments[segments.length - 2] ?? "the list"}`;
}

/** Limits whose negative value has its own published code (reported by the schema rules, for parameters too). */
const COUNT_LIMIT = /\/(maxLength|minLength|maxItems|minItems|maxProperties|minProperties|multipleOf)$/;
const SECURITY_SCHEME = /^\/securityDefinitions\/[^/]+$/;
/** A security requirement's value: /security/0/name, or an operation's .../security/0/name. */
const SECURITY_REQUIREMENT_VALUE = /(?:^|\/(?:get|put|post|delete|options|head|patch))\/security\/\d+\/[^/]+$/;

function describe(error: ErrorObject, doc: TJsonValue): SchemaIssue | undefined {
  const at = error.instancePath;
  // The platform accepts an operation with "responses": {} (Swagger's schema wants one response); OperationMustHaveResponse warns.
  if (/\/responses$/.test(at) && (error.keyword === "minProperties" || error.keyword === "not")) return undefined;
  if ((error.keyword === "minimum" || error.keyword === "exclusiveMinimum") && COUNT_LIMIT.test(at)) return undefined;
  const segments = splitPointer(at);
  const name = nameOf(doc, at, segments);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = text(params.additionalProperty);
      // Path keys and response codes have dedicated rules with better messages.
      if (at === "/paths" || /\/responses$/.test(at)) return undefined;
      // AllowEmptyValueOnlyValidForQueryFormData says this with the published code.
      if (extra === "allowEmptyValue") return undefined;
      if (extra === "schema" && /\/parameters\/[^/]+$/.test(at) && asObj(resolveJsonPointer(doc, at))?.in !== "body")
        return {
          code: "NonBodyParameterSchemaNotValid",
          message: `Parameter "${name}" is in ${text(asObj(resolveJsonPointer(doc, at))?.in)}, where Swagger 2.0 takes "type" (and "items", "enum"...) directly, not a "schema". Move the schema's type and format up into the parameter, or make it the body parameter.`,
          path: `${at}/schema`,
        };
      if (/\/parameters\/[^/]+$/.test(at) && asObj(resolveJsonPointer(doc, at))?.in === "body" && !extra.startsWith("x-"))
        return {
          code: "BodyParameterPropertyNotValid",
          message: `Body parameter "${name}" cannot use "${extra}": a body parameter describes its value in "schema". Move "${extra}" into the schema, or remove it.`,
          path: `${at}/${escapePointerSegment(extra)}`,
        };
      // "The security definition property '{0}' is not valid for definitions of type '{1}'": an extra property, such as
      // tokenUrl on an implicit flow. A warning under Microsoft's code: Swagger 2.0 forbids it, but that the platform
      // refuses it is not documented.
      if (SECURITY_SCHEME.test(at) && !extra.startsWith("x-")) {
        const scheme = asObj(resolveJsonPointer(doc, at));
        return {
          code: "SecuritySchemePropertyNotValid",
          message: `Security definition "${name}" has "${extra}", which definitions of type ${JSON.stringify(scheme?.type ?? null)}${scheme?.flow !== undefined ? ` with flow ${JSON.stringify(scheme.flow)}` : ""} do not take. Remove it.`,
          path: `${at}/${escapePointerSegment(extra)}`,
          severity: "warning",
        };
      }
      if (typeof asObj(resolveJsonPointer(doc, at))?.$ref === "string")
        return {
          code: "AdditionalPropertyNotAllowedAdjacentToRef",
          message: `"${extra}" sits beside "$ref" in "${name}", where Swagger 2.0 ignores it. Move it into the referenced object, or replace the $ref with the object itself.`,
          path: `${at}/${escapePointerSegment(extra)}`,
        };
      // Meant as an extension, whose name must begin with "x-".
      const intended = intendedExtensionName(extra);
      if (intended !== undefined)
        return {
          code: "ExtensionNameNotValid",
          message: `Property "${extra}" in "${name}" looks like an extension, but an extension's name must begin with "x-" (lower case). Rename it to "${intended}" if that is what it is, or remove it.`,
          path: `${at}/${escapePointerSegment(extra)}`,
        };
      return {
        code: "AdditionalPropertyNotAllowed",
        message: `Property "${extra}" is not allowed in "${name}" by Swagger 2.0. Remove it, fix its spelling, or rename it with an "x-" prefix if it is a vendor extension.`,
        path: `${at}/${escapePointerSegment(extra)}`,
      };
    }
    case "required":
      // BodyParameterSchemaRequired says this with a better message.
      if (params.missingProperty === "schema" && asObj(resolveJsonPointer(doc, at))?.in === "body") return undefined;
      // OperationMustHaveResponse says this with the published code (a warning: the platform accepts it).
      if (params.missingProperty === "responses") return undefined;
      // PathParameterMustBeRequired says this with its own code.
      if (params.missingProperty === "required" && asObj(resolveJsonPointer(doc, at))?.in === "path") return undefined;
      if (SECURITY_SCHEME.test(at))
        return {
          code: "SecuritySchemePropertyRequired",
          message: `Security definition "${name}" must have "${text(params.missingProperty)}"${params.missingProperty === "name" ? " (the name of the header or query parameter that carries the key)" : ""}. Add it.`,
          path: at,
        };
      return { code: "RequiredPropertyMissing", message: `"${name}" must have the property "${text(params.missingProperty)}". Add it.`, path: at };
    case "type": {
      const actual = resolveJsonPointer(doc, at);
      const kind = Array.isArray(actual) ? "array" : actual === null ? "null" : typeof actual;
      if (SECURITY_REQUIREMENT_VALUE.test(at))
        return {
          code: "SecurityRequirementMustHaveValue",
          message: `The security requirement "${segments[segments.length - 1] ?? ""}" is ${kind === "null" ? "null" : `a ${kind}`}; it must be a list of OAuth scopes. Give [] if the scheme takes no scopes.`,
          path: at,
        };
      return { code: "JsonTypeIncorrect", message: `"${name}" must be of type ${text(params.type)}, not ${kind}. Change its value.`, path: at };
    }
    case "enum":
      // SchemeNotValid says this with its own code.
      if (/(^|\/)schemes\/\d+$/.test(at)) return undefined;
      // FileParameterMustBeInFormData says this with its own code.
      if (at.endsWith("/type") && resolveJsonPointer(doc, at) === "file") return undefined;
      // A type Swagger does not have ("int", "datetime"): "The type/format '{0}' is not recognized", an error here
      // (the code's own severity is for formats, which the platform passes through).
      if (at.endsWith("/type") && typeof resolveJsonPointer(doc, at) === "string" && !SECURITY_SCHEME.test(at.replace(/\/[^/]+$/, "")))
        return {
          code: "UnrecognizedTypeFormat",
          message: `The type ${JSON.stringify(resolveJsonPointer(doc, at))} is not recognized. Use one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")} (for example "integer", or "string" with "format": "date-time").`,
          path: at,
          severity: "error",
        };
      // A value outside the list ("in": "cookie"): "The property value must be one of the following" (JsonValueNotInEnum);
      // SecuritySchemePropertyNotValid is for a property the type does not take.
      if (SECURITY_SCHEME.test(at.replace(/\/[^/]+$/, "")))
        return {
          code: "JsonValueNotInEnum",
          message: `Security definition property "${name}" is ${JSON.stringify(resolveJsonPointer(doc, at))}, which is not allowed. Use one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}.`,
          path: at,
        };
      return {
        code: "JsonValueNotInEnum",
        message: `"${name}" has the value ${JSON.stringify(resolveJsonPointer(doc, at))}, which is not allowed. Use one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}.`,
        path: at,
      };
    case "uniqueItems":
      return {
        code: "ArrayDuplicateValue",
        message: `"${name}" lists the same value twice (items ${text(params.j)} and ${text(params.i)}). Remove the duplicate.`,
        path: at,
      };
    case "pattern":
      if (at === "/basePath" || at === "/host") return undefined;
      return { code: "SwaggerSchemaViolation", message: `"${name}" must match the pattern ${text(params.pattern)}. Change its value.`, path: at };
    case "minItems":
      if (/\/enum$/.test(at)) return undefined;
      return {
        code: "SwaggerSchemaViolation",
        message: `"${name}" must have at least ${text(params.limit)} item(s). Add items or remove the empty array.`,
        path: at,
      };
    case "oneOf":
    case "anyOf":
      if (SECURITY_SCHEME.test(at)) {
        const scheme = asObj(resolveJsonPointer(doc, at));
        if (scheme?.type === undefined)
          return {
            code: "SecuritySchemePropertyRequired",
            message: `Security definition "${name}" has no "type". Add "type": "basic", "apiKey" or "oauth2".`,
            path: at,
          };
        if (scheme.type === "oauth2" && scheme.flow === undefined)
          return {
            code: "SecuritySchemePropertyRequired",
            message: `Security definition "${name}" is oauth2 but has no "flow". Add "flow": "accessCode" (or implicit, password, application) with its URLs.`,
            path: at,
          };
        if (scheme.type === "oauth2")
          return {
            code: "JsonValueNotInEnum",
            message: `Security definition "${name}" has the oauth2 flow ${JSON.stringify(scheme.flow)}, which Swagger 2.0 does not have. Use one of: "accessCode" (the authorization code flow), "implicit", "password", "application".`,
            path: `${at}/flow`,
          };
        if (scheme.type !== "basic" && scheme.type !== "apiKey")
          return {
            code: "JsonValueNotInEnum",
            message: `Security definition "${name}" has type ${JSON.stringify(scheme.type)}. Use one of: "basic", "apiKey", "oauth2"${scheme.type === "bearer" || scheme.type === "http" ? ' (a bearer token is an apiKey named "Authorization" in the header)' : ""}.`,
            path: `${at}/type`,
          };
        // A known type whose own errors (a missing or extra property) are reported beside this one.
        return undefined;
      }
      return {
        code: "SwaggerSchemaViolation",
        message: `"${name}" does not follow Swagger 2.0: ${error.message ?? error.keyword}. Compare it with the Swagger 2.0 specification.`,
        path: at,
      };
    default:
      return {
        code: "SwaggerSchemaViolation",
        message: `"${name}" does not follow Swagger 2.0: ${error.message ?? error.keyword}. Compare it with the Swagger 2.0 specification.`,
        path: at,
      };
  }
}

/** Validates against the published Swagger 2.0 JSON Schema and keeps only the errors that explain the mistake. */
export function validateSwaggerSchema(doc: TJsonValue): SchemaIssue[] {
  const scopes = missingOAuthScopes(doc);
  if (validateQuickly(doc)) return scopes;
  validateThoroughly(doc);
  const errors = validateThoroughly.errors ?? [];
  // A parameter whose "in" is unknown fits no branch of Swagger's parameter oneOf; say that, not why every branch failed.
  const unknownIn = new Set<string>();
  for (const error of errors) {
    if (error.keyword === "enum" && error.instancePath.endsWith("/in") && /\/parameters\/[^/]+\/in$/.test(error.instancePath)) {
      const value = resolveJsonPointer(doc, error.instancePath);
      if (typeof value === "string" && !PARAMETER_LOCATIONS.includes(value)) unknownIn.add(error.instancePath.slice(0, -3));
    }
  }
  const kept = errors.filter((error) => {
    for (const param of unknownIn) if (error.instancePath === param || error.instancePath.startsWith(param + "/")) return false;
    if (/\/anyOf\/\d+\/type$/.test(error.schemaPath) || /\/anyOf\/\d+\/minItems$/.test(error.schemaPath)) return false;
    const applied = appliedInstancePath(error);
    if (!applied) return true;
    return branchFits(applied.definition, asObj(resolveJsonPointer(doc, applied.instancePath)));
  });
  const explained = kept.filter((error) => {
    if (error.keyword !== "oneOf" && error.keyword !== "anyOf") return true;
    const prefix = error.instancePath;
    return !kept.some(
      (other) =>
        other !== error &&
        other.keyword !== "oneOf" &&
        other.keyword !== "anyOf" &&
        (other.instancePath === prefix || other.instancePath.startsWith(prefix + "/")),
    );
  });
  const seen = new Set<string>();
  const out: SchemaIssue[] = [...unknownIn].map((param) => ({
    code: "JsonValueNotInEnum",
    message: `Parameter location "in": ${JSON.stringify(resolveJsonPointer(doc, param + "/in"))} is not valid. Use one of: ${PARAMETER_LOCATIONS.map((l) => `"${l}"`).join(", ")}.`,
    path: param + "/in",
  }));
  for (const error of explained) {
    const issue = describe(error, doc);
    if (!issue) continue;
    const key = `${issue.code} ${issue.path} ${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return scopes.length === 0 ? out : [...out, ...scopes];
}

/**
 * An oauth2 scheme without "scopes", which Swagger 2.0's text requires (its JSON Schema does not): a warning, as one
 * published connector has none.
 */
function missingOAuthScopes(doc: TJsonValue): SchemaIssue[] {
  const schemes = asObj(asObj(doc)?.securityDefinitions);
  if (!schemes) return [];
  const out: SchemaIssue[] = [];
  for (const name of Object.keys(schemes)) {
    const scheme = asObj(schemes[name]);
    if (scheme?.type === "oauth2" && scheme.scopes === undefined)
      out.push({
        code: "SecuritySchemePropertyRequired",
        message: `Security definition "${name}" is oauth2 but has no "scopes". Add "scopes": {} (or the scopes the API defines, each with a description).`,
        path: `/securityDefinitions/${escapePointerSegment(name)}`,
        severity: "warning",
      });
  }
  return out;
}
