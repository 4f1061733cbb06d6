import { listOperations } from "../document/list-operations.ts";
import type { TJsonObject as TJsonDocument } from "../types.ts";
import { objectAt, stringAt } from "./json-pointer.ts";
import type { TRefResolver } from "./resolve-ref.ts";
import type { TJsonObject, TLocated } from "./types.ts";

export interface TParameter {
  name: string;
  in: string;
  /** Where the operation lists it (the array entry, which may be a $ref). */
  entryPointer: string;
  /** The parameter itself after $ref resolution. */
  resolved: TLocated;
}

export interface TOperation {
  /** operationId, or "METHOD /path" when the operation has none. */
  key: string;
  operationId?: string;
  method: string;
  path: string;
  pointer: string;
  node: TJsonObject;
  parameters: TParameter[];
  /** The path item's own parameters as written, to tell an untouched operation quickly. */
  pathParameters: unknown;
  trigger?: string;
  isWebhook: boolean;
  family?: string;
  revision?: number;
}

/**
 * Lists every operation with its effective parameters, through the shared lister (src/document): path-level
 * parameters apply unless the operation declares the same name and "in". Parameters without a name or
 * location cannot be compared and are left out.
 */
export function collectOperations(document: TJsonObject, resolver: TRefResolver): TOperation[] {
  return listOperations(document as TJsonDocument).map(({ path, method, pointer, op, pathItem, parameters: listed }) => {
    const node = op as TJsonObject;
    const parameters: TParameter[] = listed.flatMap((p) => {
      const name = stringAt(p.param, "name");
      const location = stringAt(p.param, "in");
      return name === undefined || location === undefined
        ? []
        : [{ name, in: location, entryPointer: p.pointer, resolved: { node: p.param as TJsonObject, pointer: p.resolvedPointer } }];
    });
    const operationId = stringAt(node, "operationId");
    const annotation = objectAt(node, "x-ms-api-annotation");
    const revision = annotation.revision;
    return {
      key: operationId ?? `${method.toUpperCase()} ${path}`,
      operationId,
      method,
      path,
      pointer,
      node,
      parameters,
      pathParameters: pathItem.parameters,
      trigger: stringAt(node, "x-ms-trigger"),
      isWebhook: parameters.some((p) => hasNotificationUrl(p.resolved.node, resolver, 0)),
      family: stringAt(annotation, "family"),
      revision: typeof revision === "number" ? revision : undefined,
    };
  });
}

// A webhook trigger is recognised by the callback URL the platform fills in, which makers put
// either on a parameter or on a property of the subscription body.
function hasNotificationUrl(node: TJsonObject, resolver: TRefResolver, depth: number): boolean {
  if (node["x-ms-notification-url"] === true) return true;
  if (depth > 3) return false;
  const schema = resolver.resolve({ node: node.schema ?? node, pointer: "" });
  if (!schema) return false;
  for (const property of Object.values(objectAt(schema.node, "properties"))) {
    const resolved = resolver.resolve({ node: property, pointer: "" });
    if (resolved && hasNotificationUrl(resolved.node, resolver, depth + 1)) return true;
  }
  return false;
}
