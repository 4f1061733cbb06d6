import { asDate, asObject, asString } from "./read-fields.ts";
import type { TConnectorItem } from "./types.ts";

/** An item of PowerApps `scopes/admin/environments/{env}/apis` (CLI for Microsoft 365's published example, §2.2). */
export function parseConnector(raw: unknown): TConnectorItem | null {
  const item = asObject(raw);
  const p = asObject(item.properties);
  const name = asString(item.name);
  if (!name) return null;
  if (p.isCustomApi === false) return null;
  const createdBy = asObject(p.createdBy);
  const definitions = asObject(p.apiDefinitions);
  const swagger = asObject(p.swagger);
  return {
    name: name.toLowerCase(),
    displayName: asString(p.displayName) ?? name,
    modifiedAt: asDate(p.changedTime) ?? asDate(p.createdTime),
    createdByOid: asString(createdBy.id),
    createdByName: asString(createdBy.displayName),
    swaggerUrl: asString(definitions.originalSwaggerUrl) ?? asString(definitions.modifiedSwaggerUrl),
    inlineDefinition: Object.keys(swagger).length ? swagger : null,
  };
}

export interface TDefinitionFacts {
  host: string | null;
  basePath: string | null;
  operationIds: string[];
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch"]);

/** Host, base path and operationIds of an OpenAPI 2.0 definition. */
export function readDefinitionFacts(definition: Record<string, unknown> | null): TDefinitionFacts {
  if (!definition) return { host: null, basePath: null, operationIds: [] };
  const operationIds: string[] = [];
  for (const pathItem of Object.values(asObject(definition.paths))) {
    for (const [method, op] of Object.entries(asObject(pathItem))) {
      const id = METHODS.has(method) ? asString(asObject(op).operationId) : null;
      if (id) operationIds.push(id);
    }
  }
  return { host: asString(definition.host)?.toLowerCase() ?? null, basePath: asString(definition.basePath), operationIds };
}
