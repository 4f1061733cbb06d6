import { z } from "zod";
import { ZFinding } from "../connectors/schemas.ts";

const field = <T extends z.ZodType>(schema: T, summary: string, description: string) => schema.meta({ "x-ms-summary": summary, description });

/** What the owner types for a discovery or a tool call: used for that request only, never stored, logged or answered. */
export const ZMcpConnection = z
  .object({
    apiKey: z.string().max(4096).optional().describe("The server's API key, for this call only."),
    accessToken: z.string().max(16_384).optional().describe("An OAuth access token for the server, for this call only."),
  })
  .strict();

export const ZMcpDiscoverInput = z.object({
  connection: ZMcpConnection.optional().describe(
    "The test connection for this call only; without it (or with no value set), the saved test connection is used, if any.",
  ),
});

/** PUT /api/v1/connectors/{slug}/mcp/test-connection: the values to save, sealed; never logged or answered. */
export const ZMcpTestConnectionInput = z.object({
  connection: ZMcpConnection.refine((c) => Boolean(c.apiKey || c.accessToken), "Give an apiKey or an accessToken to save.").describe(
    "The test connection to save for discovery (on demand and on the schedule); stored encrypted, never logged or answered.",
  ),
});

export const ZMcpTestConnection = z.object({
  saved: field(z.boolean(), "Saved", "Whether a test connection is saved for this connector."),
  fields: field(z.array(z.enum(["apiKey", "accessToken"])), "Fields", "The names of the fields saved, never their values."),
  savedAt: field(z.string().nullable(), "Saved at", "When it was saved (ISO 8601)."),
  savedBy: field(z.string().nullable(), "Saved by", "Who saved it."),
});

export const ZMcpToolCallInput = z.object({
  tool: z.string().min(1, "Name the tool to call.").max(128).describe("The tool's name, as discovered."),
  arguments: z.record(z.string(), z.unknown()).default({}).describe("The tool's input, as its input schema describes it."),
  connection: ZMcpConnection.default({}).describe("The test connection; never stored, logged or answered."),
});

const ZObject = z.record(z.string(), z.unknown());

export const ZMcpChange = z.object({
  kind: field(z.string(), "Kind", "tool-removed, tool-added, input-required-added, input-removed, input-type-changed, ..."),
  tool: field(z.string(), "Tool", "The tool that changed."),
  isBreaking: field(z.boolean(), "Breaking", "Whether agents built on the previous list can fail."),
  message: field(z.string(), "Message", "What changed."),
});

export const ZMcpDiscovery = z.object({
  id: z.string(),
  discoveredAt: field(z.string(), "Discovered at", "When the list was read (ISO 8601)."),
  protocolEra: field(z.enum(["legacy", "modern"]), "Protocol era", "legacy: initialize and sessions (through 2025-11-25); modern: 2026-07-28."),
  protocolVersion: z.string().nullable(),
  serverName: z.string().nullable(),
  serverVersion: z.string().nullable(),
  toolCount: z.number().int(),
  notReadyCount: field(z.number().int(), "Not agent-ready", "Tools Copilot Studio would filter out or fail on."),
  isBreaking: z.boolean(),
  tools: field(z.array(ZObject), "Tools", "The tools as the server listed them."),
  resources: field(z.array(ZObject), "Resources", "The resources as the server listed them."),
  changes: field(z.array(ZMcpChange), "Changes", "What changed since the discovery before."),
  readiness: field(z.array(ZFinding), "Agent readiness", "What Copilot Studio does with these tools, and what to change."),
});

export const ZMcpDiscoveriesResponse = z.object({
  connector: z.string(),
  isMcp: field(z.boolean(), "MCP connector", "Whether the connector reaches an MCP server."),
  endpoint: field(z.string().nullable(), "Endpoint", "scheme://host + basePath + path of the MCP operation."),
  discoveries: field(z.array(ZMcpDiscovery), "Discoveries", "Newest first."),
});

export const ZMcpToolCallResponse = z.object({
  connector: z.string(),
  tool: z.string(),
  result: field(ZObject, "Result", "The tools/call result as the server sent it (content, structuredContent, isError)."),
});
