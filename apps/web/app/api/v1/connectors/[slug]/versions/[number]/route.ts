// GET /api/v1/connectors/{slug}/versions/{number}: one version's findings (rule code, pointer, line) and breaking changes.
import { AppError, getConnectorVersion } from "@connector-hub/db";
import { canEditConnector, canReadConnector, pickReaderVersion } from "@connector-hub/governance";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { ZVersionNumber, ZVersionResponse } from "@/server/connectors/schemas.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ slug: string; number: string }>(
  "connectors.versions.get",
  async (_request, { params, viewer }) => {
    const { slug, number } = await params;
    const found = await getConnectorVersion(db(), { slug, number: ZVersionNumber.parse(number) });
    // People it is shared with read up to the approved version; a later upload waits for a sharing decision.
    const canEdit =
      found && viewer
        ? canEditConnector({ connector: found.connector, user: { id: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds } }).allowed
        : false;
    const beyondShared = found
      ? pickReaderVersion({ canEdit, latestNumber: found.version.number, sharedNumber: found.connector.sharedVersion?.number ?? null }) < found.version.number
      : false;
    if (!found || !canReadConnector(found.connector, viewer).allowed || beyondShared) {
      throw new AppError("NOT_FOUND", `Connector ${slug} has no version ${number} you can read. GET /api/v1/connectors/${slug} lists its versions.`);
    }
    const v = found.version;
    return Response.json(ZVersionResponse.parse({ ...v, createdAt: v.createdAt.toISOString(), changes: v.breakingChanges?.changes ?? [] }));
  },
  { allowAnonymous: true, scope: "connectors:read" },
);
