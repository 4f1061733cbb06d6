// GET /api/v1/connectors/{slug}: a connector's overview, its current actions and triggers, and its versions.
import { AppError, getConnectorBySlug, listOperations } from "@connector-hub/db";
import { canEditConnector, canReadConnector, pickReaderVersion } from "@connector-hub/governance";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { ZConnectorResponse } from "@/server/connectors/schemas.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ slug: string }>(
  "connectors.get",
  async (_request, { params, viewer }) => {
    const { slug } = await params;
    const connector = await getConnectorBySlug(db(), slug);
    if (!connector || !canReadConnector(connector, viewer).allowed) {
      throw new AppError("NOT_FOUND", `No connector has the address ${slug} (or it is not shared with you). Search the catalog at /.`);
    }
    // As on the connector page: people it is shared with get the approved version, its editors the newest.
    const canEdit = viewer ? canEditConnector({ connector, user: { id: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds } }).allowed : false;
    const shownNumber = pickReaderVersion({ canEdit, latestNumber: connector.versions[0]?.number ?? 1, sharedNumber: connector.sharedVersion?.number ?? null });
    const versions = connector.versions.filter((v) => v.number <= shownNumber);
    const current = versions[0];
    const operations = current ? await listOperations(db(), current.id) : [];
    return Response.json(
      ZConnectorResponse.parse({
        ...connector,
        owner: connector.owner.displayName,
        environment: connector.environment.displayName,
        operations,
        versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
      }),
    );
  },
  { allowAnonymous: true, scope: "connectors:read" },
);
