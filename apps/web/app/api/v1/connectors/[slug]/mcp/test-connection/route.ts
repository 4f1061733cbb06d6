// GET /api/v1/connectors/{slug}/mcp/test-connection: whether a test connection is saved for discovery, which fields,
// when and by whom; never the values.
// PUT: saves (or replaces) it, sealed with AES-256-GCM under the hub's connection key (the connector's id as
// additional data). DELETE: removes it. Editors only, as discovery; audited with the field names only.
import { AppError, deleteMcpTestConnection, findMcpTestConnection, saveMcpTestConnection } from "@connector-hub/db";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { apiKeyPlacement } from "@/server/mcp/discover-mcp-server.ts";
import { resolveMcpTarget } from "@/server/mcp/resolve-mcp-target.ts";
import { sealTestConnection } from "@/server/mcp/saved-test-connection.ts";
import { ZMcpTestConnection, ZMcpTestConnectionInput } from "@/server/mcp/schemas.ts";
import { readJsonBody } from "@/server/read-json-body.ts";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

async function answer(connectorId: string) {
  const row = await findMcpTestConnection(db(), { connectorId });
  return ZMcpTestConnection.parse(
    row
      ? { saved: true, fields: row.fields, savedAt: row.savedAt.toISOString(), savedBy: row.savedBy }
      : { saved: false, fields: [], savedAt: null, savedBy: null },
  );
}

export const GET = withAuth<{ slug: string }>(
  "connectors.mcp.test_connection.read",
  async (_request, { params, viewer }) => {
    const { slug } = await params;
    const { target } = await resolveMcpTarget(slug, viewer, { mustEdit: true, mustBeMcp: true, isStrictEdit: true });
    return Response.json(await answer(target.connector.id), { headers: NO_STORE });
  },
  { role: "maker", scope: "connectors:read" },
);

export const PUT = withAuth<{ slug: string }>(
  "connectors.mcp.test_connection.save",
  async (request, { params, viewer, requestId }) => {
    const { slug } = await params;
    const input = await readJsonBody(request, ZMcpTestConnectionInput, { what: 'the test connection, like { "connection": { "apiKey": "..." } }' });
    const { target, definition } = await resolveMcpTarget(slug, viewer, { mustEdit: true, mustBeMcp: true, isStrictEdit: true });
    // Refused now rather than at every discovery: a key the definition has no place for would never be sent.
    if (input.connection.apiKey && !apiKeyPlacement(definition))
      throw new AppError("UNPROCESSABLE", "This connector takes no API key (its definition has no apiKey security); save an access token, or nothing.");
    const sealed = sealTestConnection(target.connector.id, input.connection);
    await saveMcpTestConnection(db(), { connectorId: target.connector.id, ...sealed, savedById: viewer?.userId ?? null, requestId });
    return Response.json(await answer(target.connector.id), { headers: NO_STORE });
  },
  { role: "maker", scope: "connectors:write" },
);

export const DELETE = withAuth<{ slug: string }>(
  "connectors.mcp.test_connection.delete",
  async (_request, { params, viewer, requestId }) => {
    const { slug } = await params;
    const { target } = await resolveMcpTarget(slug, viewer, { mustEdit: true, mustBeMcp: true, isStrictEdit: true });
    await deleteMcpTestConnection(db(), { connectorId: target.connector.id, actorId: viewer?.userId ?? null, requestId });
    return new Response(null, { status: 204, headers: NO_STORE });
  },
  { role: "maker", scope: "connectors:write" },
);
