import type { EngineRule } from "./rule-types.ts";

const structure = (id: string, severity: EngineRule["severity"], description: string, origin: EngineRule["origin"] = "microsoft"): EngineRule => ({
  id,
  severity,
  group: "Structure",
  description,
  origin,
  node: "engine",
});

/** Codes for violations of the published Swagger 2.0 JSON Schema, compiled once and checked per file. */
export const SCHEMA_ENGINE_RULES: EngineRule[] = [
  structure("RequiredPropertyMissing", "error", "A property that Swagger 2.0 requires is missing (for example info.title, paths, a parameter's name)."),
  structure("JsonTypeIncorrect", "error", "A value has the wrong JSON type for Swagger 2.0 (for example a string where an object is required)."),
  structure("JsonValueNotInEnum", "error", "A value is not one of those Swagger 2.0 allows (for example parameter 'in' or a type name)."),
  structure(
    "AdditionalPropertyNotAllowed",
    "warning",
    "A property Swagger 2.0 does not define and that is not an x- extension. Tolerated by the platform (common in published connectors).",
  ),
  structure(
    "ExtensionNameNotValid",
    "warning",
    "A property Swagger 2.0 does not define that looks like an extension ('X-ms-…', 'x_ms_…', 'ms-…') without the 'x-' prefix.",
  ),
  {
    ...structure(
      "AdditionalPropertyNotAllowedAdjacentToRef",
      "warning",
      "A property other than an x- extension beside $ref (in a parameter, response or schema reference); Swagger 2.0 ignores it.",
    ),
    group: "Properties",
  },
  {
    ...structure(
      "BodyParameterPropertyNotValid",
      "warning",
      "A body parameter carries 'type', 'format', 'items' or another non-body keyword beside its 'schema'. Tolerated like any property Swagger 2.0 does not define.",
    ),
    group: "Properties",
  },
  {
    ...structure("NonBodyParameterSchemaNotValid", "warning", "A query, header, path or formData parameter has a 'schema', which only body parameters take."),
    group: "Response",
  },
  structure("ArrayDuplicateValue", "warning", "An array that must hold unique values (enum, required, schemes) repeats one."),
  {
    ...structure(
      "SwaggerKeywordNotSupported",
      "warning",
      "A schema uses a JSON Schema or OpenAPI 3 keyword (oneOf, anyOf, not, nullable...) that Swagger 2.0 and the platform do not support.",
    ),
    group: "NotSupported",
  },
  {
    ...structure(
      "SecuritySchemePropertyRequired",
      "error",
      "A security definition lacks a property its type requires (an apiKey without 'name' or 'in', an oauth2 flow without its URLs); an oauth2 definition without 'scopes' is a warning.",
    ),
    group: "Properties",
  },
  {
    ...structure(
      "SecuritySchemePropertyNotValid",
      "error",
      "A security definition has a property its type does not take (a flow on an apiKey, a tokenUrl on an implicit flow); a value outside the allowed list (an unknown type or flow, an apiKey 'in' other than header or query) is JsonValueNotInEnum.",
    ),
    group: "Properties",
  },
  {
    ...structure(
      "SecurityRequirementMustHaveValue",
      "error",
      "A security requirement's value is not a list (null, a string...): it must list the OAuth scopes, or be [] when none are needed.",
    ),
    group: "Security",
  },
  structure("SwaggerSchemaViolation", "error", "Any other violation of the Swagger 2.0 JSON Schema.", "hub"),
];
