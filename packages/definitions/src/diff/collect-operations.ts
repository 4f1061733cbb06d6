import { arrayAt, isJsonObject, joinPointer, objectAt, stringAt } from "./json-pointer.ts";
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

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];

/** Lists every operation with its effective parameters (path-level ones merged in, op-level win). */
export function collectOperations(document: TJsonObject, resolver: TRefResolver): TOperation[] {
  const operations: TOperation[] = [];
  const paths = objectAt(document, "paths");
  for (const [path, pathItemRaw] of Object.entries(paths)) {
    const pathPointer = joinPointer("/paths", path);
    const pathItem = resolver.resolve({ node: pathItemRaw, pointer: pathPointer });
    if (!pathItem) continue;
    const shared = collectParameters(pathItem.node, pathItem.pointer, resolver);
    for (const method of METHODS) {
      const node = pathItem.node[method];
      if (!isJsonObject(node)) continue;
      const pointer = joinPointer(pathItem.pointer, method);
      const own = collectParameters(node, pointer, resolver);
      const ownKeys = new Set(own.map((p) => `${p.in}:${p.name}`));
      const parameters = [...shared.filter((p) => !ownKeys.has(`${p.in}:${p.name}`)), ...own];
      const operationId = stringAt(node, "operationId");
      const trigger = stringAt(node, "x-ms-trigger");
      const annotation = objectAt(node, "x-ms-api-annotation");
      const revision = annotation.revision;
      operations.push({
        key: operationId ?? `${method.toUpperCase()} ${path}`,
        operationId,
        method,
        path,
        pointer,
        node,
        parameters,
        pathParameters: pathItem.node.parameters,
        trigger,
        isWebhook: parameters.some((p) => hasNotificationUrl(p.resolved.node, resolver, 0)),
        family: stringAt(annotation, "family"),
        revision: typeof revision === "number" ? revision : undefined,
      });
    }
  }
  return operations;
}

function collectParameters(owner: TJsonObject, ownerPointer: string, resolver: TRefResolver): TParameter[] {
  const out: TParameter[] = [];
  arrayAt(owner, "parameters").forEach((entry, index) => {
    const entryPointer = joinPointer(ownerPointer, "parameters", index);
    const resolved = resolver.resolve({ node: entry, pointer: entryPointer });
    if (!resolved) return;
    const name = stringAt(resolved.node, "name");
    const location = stringAt(resolved.node, "in");
    if (name === undefined || location === undefined) return;
    out.push({ name, in: location, entryPointer, resolved });
  });
  return out;
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
