// POST /api/v1/connectors/{slug}/mcp/tool-calls: call one tool of an MCP connector's server (the Test tab's form) with
// the caller's test connection values, used for this call only; answers the tools/call result as the server sent it.
import { clientKey, enforceRateLimit } from "@/server/auth/rate-limit.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { callMcpTool } from "@/server/mcp/discover-mcp-server.ts";
import { resolveMcpTarget } from "@/server/mcp/resolve-mcp-target.ts";
import { ZMcpToolCallInput, ZMcpToolCallResponse } from "@/server/mcp/schemas.ts";
import { readJsonBody } from "@/server/read-json-body.ts";

export const dynamic = "force-dynamic";

const CALLS_PER_MINUTE = 60;

export const POST = withAuth<{ slug: string }>(
  "connectors.mcp.tool-calls.create",
  async (request, { params, viewer }) => {
    enforceRateLimit({ key: `mcp-tool-calls:${viewer?.userId ?? clientKey(request.headers)}`, limit: CALLS_PER_MINUTE, windowMs: 60_000 });
    const { slug } = await params;
    const input = await readJsonBody(request, ZMcpToolCallInput, { what: 'the call, like { "tool": "list_products", "arguments": {}, "connection": {} }' });
    const { target, definition, endpoint, allowLoopback } = await resolveMcpTarget(slug, viewer, { mustEdit: false, mustBeMcp: true });
    const result = await callMcpTool({
      endpoint: endpoint!,
      connectorHost: target.connector.host,
      definition,
      connection: input.connection,
      allowLoopback,
      tool: input.tool,
      arguments: input.arguments,
    });
    return Response.json(ZMcpToolCallResponse.parse({ connector: slug, tool: input.tool, result }), { headers: { "cache-control": "no-store" } });
  },
  { scope: "connectors:read" },
);
