// The MCP connector contract as Microsoft documents it (Copilot Studio "Add an existing MCP server", the CAT
// readiness skill, the published connectors): one `post` marked `x-ms-agentic-protocol: mcp-streamable-1.0`,
// endpoint scheme://host + basePath + path over https on a reachable host, security None / API key / OAuth 2.0.
// Severity is error only where Copilot Studio refuses (SSE retired after August 2025, an endpoint it cannot reach);
// everything else is a warning.

import { findMcpOperations, MCP_STREAMABLE, mcpRoutingReasons } from "../mcp/find-mcp-operations.ts";
import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue } from "../types.ts";
import { asArray, asObject, asString, describeOperation } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

const PRIVATE_HOST =
  /^(localhost|127\.|0\.0\.0\.0|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|\[?::1\]?|\[?f[cd][0-9a-f]{2}:)|\.local(host)?$|\.internal$/i;
const PLACEHOLDER_HOST = /(^|\.)(contoso\.com|example\.(com|org|net)|fabrikam\.com)$/i;

const SEE_SSE = "Copilot Studio stopped supporting SSE for MCP after August 2025 (Learn: Add an existing MCP server to an agent)";

export const MCP_RULES: Rule[] = [
  defineRule({
    id: "McpSseTransportRetired",
    severity: "error",
    group: "Agents",
    origin: "hub",
    description:
      "An MCP connector in a retired SSE form (x-ms-agentic-protocol mcp-sse-1.0, or a get tagged Agentic and McpSse); Copilot Studio no longer connects to it.",
    node: "operation",
    keys: ["x-ms-agentic-protocol", "tags"],
    check: ({ op, method, path, pointer }) => {
      const protocol = asString(op["x-ms-agentic-protocol"]);
      if (protocol === "mcp-sse-1.0")
        return [
          {
            message: `${describeOperation(op, method, path)} is marked "mcp-sse-1.0". ${SEE_SSE}. Serve Streamable HTTP at the server's endpoint and mark a post operation "x-ms-agentic-protocol": "${MCP_STREAMABLE}".`,
            path: joinPointer(pointer, "x-ms-agentic-protocol"),
          },
        ];
      const tags = asArray(op.tags);
      if (method === "get" && protocol === undefined && tags.includes("Agentic") && tags.includes("McpSse"))
        return [
          {
            message: `${describeOperation(op, method, path)} is the first (spring 2025) SSE form of an MCP connector (a get tagged Agentic and McpSse). ${SEE_SSE}. Replace it with a post operation marked "x-ms-agentic-protocol": "${MCP_STREAMABLE}" at the server's Streamable HTTP endpoint.`,
            path: joinPointer(pointer, "tags"),
          },
        ];
      return NONE;
    },
  }),
  defineRule({
    id: "McpProtocolNotRecognized",
    severity: "warning",
    group: "Agents",
    origin: "hub",
    description:
      "x-ms-agentic-protocol holds a value other than mcp-streamable-1.0 (or the retired mcp-sse-1.0), or sits on a method other than post: Copilot Studio does not treat the connector as MCP.",
    node: "operation",
    keys: ["x-ms-agentic-protocol"],
    check: ({ op, method, path, pointer }) => {
      const value = op["x-ms-agentic-protocol"];
      if (value === undefined || value === "mcp-sse-1.0") return NONE;
      const at = joinPointer(pointer, "x-ms-agentic-protocol");
      if (value !== MCP_STREAMABLE)
        return [
          {
            message: `${describeOperation(op, method, path)} has "x-ms-agentic-protocol": ${JSON.stringify(value)}; the only value Copilot Studio knows is "${MCP_STREAMABLE}". Write that value.`,
            path: at,
          },
        ];
      if (method !== "post")
        return [
          {
            message: `${describeOperation(op, method, path)} is a ${method} marked "${MCP_STREAMABLE}"; MCP is reached by post only. Move the extension to a post operation on the same path.`,
            path: at,
          },
        ];
      return NONE;
    },
  }),
  defineRule({
    id: "McpOperationNotAlone",
    severity: "warning",
    group: "Agents",
    origin: "hub",
    description: "An MCP connector holds more than one MCP operation, or other operations beside it that makers and agents would see.",
    node: "document",
    check: ({ ctx }) => {
      const mcp = findMcpOperations(ctx.doc);
      if (mcp.length === 0) return NONE;
      const out: Issue[] = [];
      for (const extra of mcp.slice(1))
        out.push({
          message: `This connector already has an MCP operation (${mcp[0]?.label}); ${extra.label} is a second one. Keep one MCP operation per connector: make a connector per MCP server.`,
          path: joinPointer(extra.pointer, "x-ms-agentic-protocol"),
        });
      const mcpPointers = new Set(mcp.map((m) => m.pointer));
      for (const o of ctx.operations) {
        if (mcpPointers.has(o.pointer) || o.op["x-ms-visibility"] === "internal") continue;
        out.push({
          message: `${describeOperation(o.op, o.method, o.path)} sits beside the MCP operation. An MCP connector's tools come from the server; Copilot Studio expects the one MCP operation. Move it to a REST connector of its own, or mark it "x-ms-visibility": "internal" if it only feeds the MCP operation's dynamic values.`,
          path: o.pointer,
        });
      }
      return out;
    },
  }),
  defineRule({
    id: "McpEndpointNotReachable",
    severity: "error",
    group: "Agents",
    origin: "hub",
    description: "The MCP endpoint (scheme://host + basePath + path) is not https or names a local or private host, which Copilot Studio cannot reach.",
    node: "document",
    check: ({ ctx }) => {
      const mcp = findMcpOperations(ctx.doc)[0];
      if (!mcp) return NONE;
      const out: Issue[] = [];
      const schemes = asArray(ctx.doc.schemes);
      if (schemes.length > 0 && !schemes.includes("https"))
        out.push({
          message: `The MCP endpoint ${mcp.endpoint} is not https: Copilot Studio connects to MCP servers over HTTPS only. Serve the endpoint over TLS and write "schemes": ["https"].`,
          path: "/schemes",
        });
      const host = asString(ctx.doc.host) ?? "";
      if (host !== "" && PRIVATE_HOST.test(host.replace(/:\d+$/, "")))
        out.push({
          message: `host "${host}" is a local or private address: Copilot Studio runs in the cloud and cannot reach it. Put the MCP server on a public host name (a tunnel is fine while testing).`,
          path: "/host",
        });
      return out;
    },
  }),
  defineRule({
    id: "McpHostPlaceholder",
    severity: "warning",
    group: "Agents",
    origin: "hub",
    description:
      "The MCP connector's host is a documentation placeholder (contoso.com, example.com): fine in Microsoft's sample, not a server an agent can use.",
    node: "document",
    check: ({ ctx }) => {
      const mcp = findMcpOperations(ctx.doc)[0];
      const host = asString(ctx.doc.host) ?? "";
      if (!mcp || !PLACEHOLDER_HOST.test(host.replace(/:\d+$/, ""))) return NONE;
      return [
        {
          message: `host "${host}" is the placeholder of Microsoft's sample; the MCP endpoint ${mcp.endpoint} is no real server. Write the host name of your MCP server.`,
          path: "/host",
        },
      ];
    },
  }),
  defineRule({
    id: "McpSecurityNotSupported",
    severity: "warning",
    group: "Agents",
    origin: "hub",
    description:
      "The MCP connector uses a security type Copilot Studio's MCP onboarding does not offer (it offers None, API key in a header or query, OAuth 2.0).",
    node: "document",
    check: ({ ctx }) => {
      if (findMcpOperations(ctx.doc).length === 0) return NONE;
      const defs = asObject(ctx.doc.securityDefinitions) ?? {};
      return Object.entries(defs).flatMap(([name, def]): Issue[] => {
        const type = asString(asObject(def)?.type);
        if (type === "apiKey" || type === "oauth2") return [];
        return [
          {
            message: `securityDefinitions "${name}" is of type ${JSON.stringify(type ?? null)}. Copilot Studio's MCP onboarding offers only None, API key (header or query) and OAuth 2.0: switch the server to one of them.`,
            path: joinPointer("/securityDefinitions", name),
          },
        ];
      });
    },
  }),
  defineRule({
    id: "McpToolsNotDiscoverable",
    severity: "warning",
    group: "Agents",
    origin: "hub",
    description:
      "The MCP server is implemented in script.csx, has no host, or is routed by dynamic values or a policy: its tools cannot be discovered from outside Power Platform.",
    node: "document",
    check: ({ ctx }) => {
      const mcp = findMcpOperations(ctx.doc)[0];
      if (!mcp) return NONE;
      const reasons = mcpRoutingReasons(ctx.doc, mcp, ctx.apiProperties);
      if (reasons.length === 0) return NONE;
      return [
        {
          message: `Tools cannot be discovered from outside: ${reasons.join("; ")}. The hub cannot list this server's tools or check them for agents; give the connector a fixed host and path that answer MCP, or review the tools by hand.`,
          path: mcp.pointer,
        },
      ];
    },
  }),
];
