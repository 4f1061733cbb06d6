// What the catalog shows of a definition: where the API lives, how it is secured, and its actions and triggers.
// Works on any parsed object and never throws: a half-valid definition still gets a summary (the validator's
// findings say what is wrong with it).

import { listOperations, type TListedOperation } from "../document/list-operations.ts";
import { followRef } from "../document/resolve-ref.ts";
import { findMcpOperations, isMcpConnector } from "../mcp/find-mcp-operations.ts";
import type { TJsonObject } from "../types.ts";

export type SummaryAuthType = "NONE" | "API_KEY" | "BASIC" | "OAUTH2" | "WINDOWS";

export interface OperationParameterSummary {
  name: string;
  in: string;
  required: boolean;
  type: string;
  description: string;
  visibility: string | null;
}

export interface OperationSummary {
  operationId: string;
  kind: "ACTION" | "TRIGGER";
  triggerKind: "WEBHOOK" | "POLLING" | null;
  triggerCardinality: "SINGLE" | "BATCH" | null;
  method: string;
  path: string;
  summary: string;
  description: string;
  visibility: string | null;
  deprecated: boolean;
  parameters: OperationParameterSummary[];
}

/** "MCP" when the connector is how an agent reaches an MCP server (its tools come from the server), else "REST". */
export type TConnectorKind = "REST" | "MCP";

export interface McpSummary {
  /** The post marked x-ms-agentic-protocol mcp-streamable-1.0, or null for a retired (SSE) form only. */
  operationId: string | null;
  /** scheme://host + basePath + path, as Copilot Studio calls it. */
  endpoint: string | null;
}

export interface DefinitionSummary {
  kind: TConnectorKind;
  /** Set for MCP connectors. */
  mcp: McpSummary | null;
  title: string;
  description: string;
  host: string;
  basePath: string;
  schemes: string[];
  authType: SummaryAuthType;
  identityProvider: string | null;
  usesGateway: boolean;
  brandColor: string | null;
  publisher: string | null;
  operations: OperationSummary[];
}

type Obj = Record<string, unknown>;

function obj(value: unknown): Obj {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Obj) : {};
}
function str(value: unknown, fallback = ""): string {
  return typeof value === "string" ? value : fallback;
}

/** A $ref stands for its target (the shared rule of src/document); one that cannot be followed stays as written. */
function deref(root: Obj, value: unknown): Obj {
  const node = obj(value);
  if (typeof node.$ref !== "string") return node;
  const outcome = followRef(root as TJsonObject, node.$ref);
  return outcome.ok ? obj(outcome.value) : node;
}

function hasNotificationUrl(root: Obj, schema: unknown, depth = 0): boolean {
  if (depth > 8) return false;
  const node = deref(root, schema);
  if (node["x-ms-notification-url"] === true) return true;
  return Object.values(obj(node.properties)).some((child) => hasNotificationUrl(root, child, depth + 1));
}

function authTypeOf(swagger: Obj, apiProperties: Obj): { authType: SummaryAuthType; identityProvider: string | null; usesGateway: boolean } {
  const params = obj(obj(obj(apiProperties).properties).connectionParameters);
  const usesGateway = Object.values(params).some((p) => str(obj(p).type) === "gatewaySetting");
  const allowed = JSON.stringify(params).toLowerCase();
  if (usesGateway && allowed.includes('"windows"')) return { authType: "WINDOWS", identityProvider: null, usesGateway };
  const oauth = Object.values(params).find((p) => str(obj(p).type) === "oauthSetting");
  const identityProvider = oauth ? str(obj(obj(oauth).oAuthSettings).identityProvider) || null : null;
  const kinds = Object.values(obj(swagger.securityDefinitions)).map((d) => str(obj(d).type));
  if (kinds.includes("oauth2") || oauth) return { authType: "OAUTH2", identityProvider: identityProvider ?? "oauth2", usesGateway };
  if (kinds.includes("apiKey")) return { authType: "API_KEY", identityProvider: null, usesGateway };
  if (kinds.includes("basic")) return { authType: "BASIC", identityProvider: null, usesGateway };
  return { authType: "NONE", identityProvider: null, usesGateway };
}

function summarizeOperation(root: Obj, { path, method, op, parameters }: TListedOperation): OperationSummary {
  const params: Obj[] = parameters.map((p) => p.param);
  const trigger = str(op["x-ms-trigger"]).toLowerCase();
  const isTrigger = trigger === "single" || trigger === "batch";
  const webhook =
    isTrigger &&
    (op["x-ms-notification-content"] !== undefined ||
      params.some((p) => p["x-ms-notification-url"] === true || (p.in === "body" && hasNotificationUrl(root, p.schema))));
  return {
    operationId: str(op.operationId, `${method.toUpperCase()} ${path}`),
    kind: isTrigger ? "TRIGGER" : "ACTION",
    triggerKind: isTrigger ? (webhook ? "WEBHOOK" : "POLLING") : null,
    triggerCardinality: isTrigger ? (trigger === "batch" ? "BATCH" : "SINGLE") : null,
    method: method.toUpperCase(),
    path,
    summary: str(op.summary),
    description: str(op.description),
    visibility: str(op["x-ms-visibility"]) || null,
    deprecated: op.deprecated === true,
    parameters: params.map((p) => ({
      name: str(p.name),
      in: str(p.in),
      required: p.required === true,
      type: str(p.type) || (p.in === "body" ? "object" : ""),
      description: str(p.description),
      visibility: str(p["x-ms-visibility"]) || null,
    })),
  };
}

export function summarizeDefinition(definition: unknown, apiProperties?: unknown): DefinitionSummary {
  const swagger = obj(definition);
  const info = obj(swagger.info);
  const props = obj(obj(apiProperties).properties);
  const operations: OperationSummary[] = [];
  // Path-level parameters apply unless the operation redefines the same name and "in".
  for (const listed of listOperations(swagger as TJsonObject)) operations.push(summarizeOperation(swagger, listed));
  const { authType, identityProvider, usesGateway } = authTypeOf(swagger, obj(apiProperties));
  const schemes = Array.isArray(swagger.schemes) ? swagger.schemes.filter((s): s is string => typeof s === "string") : [];
  const isMcp = isMcpConnector(swagger as TJsonObject);
  const mcpOperation = isMcp ? findMcpOperations(swagger as TJsonObject)[0] : undefined;
  return {
    kind: isMcp ? "MCP" : "REST",
    mcp: isMcp ? { operationId: mcpOperation?.operationId ?? null, endpoint: mcpOperation?.endpoint ?? null } : null,
    title: str(info.title),
    description: str(info.description),
    host: str(swagger.host),
    basePath: str(swagger.basePath, "/"),
    schemes,
    authType,
    identityProvider,
    usesGateway,
    brandColor: str(props.iconBrandColor) || null,
    publisher: str(props.publisher) || str(obj(info.contact).name) || null,
    operations,
  };
}
