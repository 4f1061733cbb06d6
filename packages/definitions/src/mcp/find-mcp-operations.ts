// Which operations make a connector an MCP connector, and where its server lives. Shared by the MCP rules, the
// catalog summary and discovery (the endpoint is scheme://host + basePath + path, as Copilot Studio builds it).

import { joinPointer } from "../parse/json-pointer.ts";
import type { TJsonObject, TJsonValue } from "../types.ts";

export const MCP_STREAMABLE = "mcp-streamable-1.0";

export interface McpOperation {
  pointer: string;
  path: string;
  operationId: string;
  label: string;
  /** https://host/basePath/path as Copilot Studio would call it ("" host stays empty). */
  endpoint: string;
  op: TJsonObject;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];

function obj(value: TJsonValue | undefined): TJsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

/** Joins basePath and path with one slash between them ("/" + "/mcp" is "/mcp"; "/mcp" + "/" is "/mcp/"). */
export function joinEndpointPath(basePath: string, path: string): string {
  const base = basePath.replace(/\/+$/, "");
  const rest = path.startsWith("/") ? path : `/${path}`;
  return `${base}${rest}` || "/";
}

export function mcpEndpoint(doc: TJsonObject, path: string): string {
  const schemes = Array.isArray(doc.schemes) ? doc.schemes : [];
  const scheme = schemes.includes("https") || schemes.length === 0 ? "https" : String(schemes[0]);
  const host = typeof doc.host === "string" ? doc.host : "";
  const basePath = typeof doc.basePath === "string" ? doc.basePath : "/";
  return `${scheme}://${host}${joinEndpointPath(basePath, path)}`;
}

/** Every `post` marked "x-ms-agentic-protocol": "mcp-streamable-1.0", in document order. */
export function findMcpOperations(doc: TJsonObject): McpOperation[] {
  const out: McpOperation[] = [];
  for (const [path, item] of Object.entries(obj(doc.paths) ?? {})) {
    const op = obj(obj(item)?.post);
    if (!op || op["x-ms-agentic-protocol"] !== MCP_STREAMABLE) continue;
    const operationId = typeof op.operationId === "string" ? op.operationId : `POST ${path}`;
    out.push({
      pointer: joinPointer("/paths", path, "post"),
      path,
      operationId,
      label: typeof op.operationId === "string" ? `operation "${op.operationId}"` : `operation POST ${path}`,
      endpoint: mcpEndpoint(doc, path),
      op,
    });
  }
  return out;
}

/** True when the connector is an MCP server (current or retired form) rather than a REST API. */
export function isMcpConnector(doc: TJsonObject): boolean {
  for (const item of Object.values(obj(doc.paths) ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = obj(obj(item)?.[method]);
      if (!op) continue;
      const protocol = op["x-ms-agentic-protocol"];
      if (typeof protocol === "string" && protocol.startsWith("mcp-")) return true;
      const tags = Array.isArray(op.tags) ? op.tags : [];
      if (tags.includes("McpSse")) return true;
    }
  }
  return false;
}

const ROUTING_POLICIES = new Set(["dynamichosturl", "routerequesttoendpoint"]);

/** Why the server behind an MCP operation cannot be reached from outside Power Platform (empty: it can). */
export function mcpRoutingReasons(doc: TJsonObject, mcp: McpOperation, apiProperties: TJsonObject | undefined): string[] {
  const reasons: string[] = [];
  const host = typeof doc.host === "string" ? doc.host.trim() : "";
  if (host === "") reasons.push("the definition has no host (the server is answered by the connector's script)");
  const props = obj(apiProperties?.properties);
  const scripted = Array.isArray(props?.scriptOperations) ? props.scriptOperations : [];
  if (scripted.includes(mcp.operationId))
    reasons.push(`apiProperties.json lists "${mcp.operationId}" in scriptOperations (script.csx handles or rewrites the call)`);
  const policies = Array.isArray(props?.policyTemplateInstances) ? props.policyTemplateInstances : [];
  for (const p of policies) {
    const id = obj(p)?.templateId;
    if (typeof id === "string" && ROUTING_POLICIES.has(id.toLowerCase())) reasons.push(`the policy "${id}" changes the host at run time`);
  }
  const params = Array.isArray(mcp.op.parameters) ? mcp.op.parameters : [];
  for (const p of params) {
    const param = obj(p);
    if (param?.["x-ms-dynamic-values"] !== undefined) reasons.push(`parameter "${String(param.name)}" picks the server from dynamic values`);
  }
  return reasons;
}
