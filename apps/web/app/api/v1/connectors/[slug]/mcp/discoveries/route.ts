// GET /api/v1/connectors/{slug}/mcp/discoveries: the tool lists discovered from an MCP connector's server, newest
// first, with what changed each time and what Copilot Studio makes of the tools.
// POST /api/v1/connectors/{slug}/mcp/discoveries: discover now (tools/list and resources/list to the end) with the
// test connection's values given in the body, used for this call only, or else the saved test connection (opened on
// the server for this call, never logged or answered); stored only when discovery finished. A new tool
// that the approved sharing decision did not cover reopens the sharing review.
import { listMcpDiscoveries, readinessOf, recordMcpDiscovery, type McpDiscoveryView } from "@connector-hub/db";
import { withAuth } from "@/server/auth/with-auth.ts";
import { sharingNotifyOptions } from "@/server/sharing-actor.ts";
import { clientKey, enforceRateLimit } from "@/server/auth/rate-limit.ts";
import { db } from "@/server/db.ts";
import { discoverMcpServer } from "@/server/mcp/discover-mcp-server.ts";
import { resolveMcpTarget } from "@/server/mcp/resolve-mcp-target.ts";
import { openSavedTestConnection } from "@/server/mcp/saved-test-connection.ts";
import { ZMcpDiscoveriesResponse, ZMcpDiscoverInput, ZMcpDiscovery } from "@/server/mcp/schemas.ts";
import { readJsonBody } from "@/server/read-json-body.ts";

export const dynamic = "force-dynamic";

const DISCOVERIES_PER_MINUTE = 10;

const hasValues = (c: { apiKey?: string | undefined; accessToken?: string | undefined } | undefined): c is NonNullable<typeof c> =>
  Boolean(c?.apiKey || c?.accessToken);

function toAnswer(d: McpDiscoveryView) {
  return ZMcpDiscovery.parse({ ...d, discoveredAt: d.discoveredAt.toISOString(), readiness: readinessOf(d) });
}

export const GET = withAuth<{ slug: string }>(
  "connectors.mcp.discoveries.list",
  async (_request, { params, viewer }) => {
    const { slug } = await params;
    const { target, endpoint } = await resolveMcpTarget(slug, viewer, { mustEdit: false, mustBeMcp: false });
    const discoveries = await listMcpDiscoveries(db(), { connectorId: target.connector.id });
    return Response.json(ZMcpDiscoveriesResponse.parse({ connector: slug, isMcp: endpoint !== null, endpoint, discoveries: discoveries.map(toAnswer) }));
  },
  { allowAnonymous: true, scope: "connectors:read" },
);

export const POST = withAuth<{ slug: string }>(
  "connectors.mcp.discoveries.create",
  async (request, { params, viewer, requestId }) => {
    enforceRateLimit({ key: `mcp-discover:${viewer?.userId ?? clientKey(request.headers)}`, limit: DISCOVERIES_PER_MINUTE, windowMs: 60_000 });
    const { slug } = await params;
    const input = await readJsonBody(request, ZMcpDiscoverInput, { what: 'the test connection, like { "connection": { "apiKey": "..." } } or {}' });
    const { target, definition, endpoint, allowLoopback } = await resolveMcpTarget(slug, viewer, { mustEdit: true, mustBeMcp: true });
    const result = await discoverMcpServer({
      endpoint: endpoint!,
      connectorHost: target.connector.host,
      definition,
      // Nothing given ({} or no connection): the saved test connection, opened here for this call only.
      connection: hasValues(input.connection) ? input.connection : ((await openSavedTestConnection(db(), target.connector.id)) ?? {}),
      allowLoopback,
    });
    // A tool the approved sharing decision did not cover reopens the review, in the same transaction.
    const row = await recordMcpDiscovery(db(), {
      connectorId: target.connector.id,
      discoveredById: viewer?.userId ?? null,
      result,
      requestId,
      notify: sharingNotifyOptions(),
    });
    const [stored] = await listMcpDiscoveries(db(), { connectorId: target.connector.id, take: 1 });
    return Response.json(toAnswer(stored ?? ({ ...row, tools: [], resources: [], changes: [] } as never)), {
      status: 201,
      headers: { "cache-control": "no-store" },
    });
  },
  { role: "maker", scope: "connectors:write" },
);
