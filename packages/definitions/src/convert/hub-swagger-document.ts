import type { TJsonObject } from "../types.ts";

export interface THubSwaggerParts {
  info: Record<string, unknown>;
  host: string;
  basePath: string;
  schemes: string[];
  paths: Record<string, unknown>;
  /** One scheme or none (`{}`): each scheme named here is required on its own. */
  securityDefinitions: Record<string, unknown>;
}

/**
 * The whole OpenAPI 2.0 document of a definition the hub writes itself (the connector form, the demo seed): JSON in
 * and out, the sections the portal writes even when empty, keys in the portal's order (the form keeps the exact text).
 */
export function hubSwaggerDocument(parts: THubSwaggerParts): Record<string, unknown> {
  return {
    swagger: "2.0",
    info: parts.info,
    host: parts.host,
    basePath: parts.basePath,
    schemes: parts.schemes,
    consumes: ["application/json"],
    produces: ["application/json"],
    paths: parts.paths,
    definitions: {},
    parameters: {},
    responses: {},
    securityDefinitions: parts.securityDefinitions,
    security: Object.keys(parts.securityDefinitions).map((name) => ({ [name]: [] })),
    tags: [],
  };
}

/**
 * One parameter for each {variable} of a path template, as the hub writes them (the connector form, the demo seed,
 * the Postman converter): a required string, encoded once ("x-ms-url-encoding": "single", which
 * PathParameterMissingEncoding asks for), with the description `describe` gives, if any.
 */
export function pathTemplateParameters(path: string, describe?: (name: string) => string | undefined): TJsonObject[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => {
    const name = m[1] as string;
    const description = describe?.(name);
    return {
      name,
      in: "path",
      required: true,
      type: "string",
      "x-ms-url-encoding": "single",
      "x-ms-summary": name,
      ...(description ? { description } : {}),
    };
  });
}
