// GET /api/v1/connectors/{slug}: a connector's overview, its current actions and triggers, and its versions.
import { AppError, getConnectorBySlug, listOperations } from "@connector-hub/db";
import { canEditConnector, canReadConnector, pickReaderVersion } from "@connector-hub/governance";
import { z } from "zod";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";

const ZConnectorResponse = z.object({
  slug: z.string(), title: z.string(), description: z.string(), publisher: z.string(), host: z.string(), basePath: z.string(),
  hosting: z.string(), gatewayName: z.string().nullable(), authType: z.string(), identityProvider: z.string().nullable(), scope: z.string(),
  lifecycle: z.string(), owner: z.string(), environment: z.string(), brandColor: z.string(), isSample: z.boolean(),
  errorCount: z.number().int(), warningCount: z.number().int(),
  operations: z.array(z.object({
    operationId: z.string(), kind: z.string(), triggerKind: z.string().nullable(), triggerCardinality: z.string().nullable(), method: z.string(),
    path: z.string(), summary: z.string(), visibility: z.string().nullable(), deprecated: z.boolean(),
  })),
  versions: z.array(z.object({ number: z.number().int(), sourceFormat: z.string(), createdAt: z.string(), errorCount: z.number().int(), warningCount: z.number().int(), breakingCount: z.number().int() })),
});

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
    return Response.json(ZConnectorResponse.parse({
      ...connector,
      owner: connector.owner.displayName,
      environment: connector.environment.displayName,
      operations,
      versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
    }));
  },
  { allowAnonymous: true, scope: "connectors:read" },
);
