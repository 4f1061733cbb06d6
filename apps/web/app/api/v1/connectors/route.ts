// GET /api/v1/connectors: search the catalog (same query as the catalog page's URL).
// POST /api/v1/connectors: import a connector (OpenAPI 2.0 JSON/YAML, Postman collection or paconn zip).
import { AppError, importConnector, listCatalog } from "@connector-hub/db";
import { checkImportScope } from "@connector-hub/governance";
import { catalogViewer } from "@/server/auth/viewer.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { env } from "@/server/env.ts";
import { readUpload } from "@/server/connectors/read-upload.ts";
import { actorOf } from "@/server/audit-actor.ts";
import { ZCatalogResponse, ZImportFields, ZImportResponse } from "@/server/connectors/schemas.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  "connectors.list",
  async (request, { viewer }) => {
    const params = Object.fromEntries(request.nextUrl.searchParams.entries());
    const page = await listCatalog(db(), params, catalogViewer(viewer), { cacheTtlMs: env().HUB_CATALOG_CACHE_SECONDS * 1000 });
    return Response.json(ZCatalogResponse.parse(page));
  },
  { allowAnonymous: true, scope: "connectors:read" },
);

export const POST = withAuth(
  "connectors.import",
  async (request, { requestId, viewer }) => {
    const upload = await readUpload(request);
    const fields = ZImportFields.parse(upload.fields);
    // Sharing wider than the owner goes through a sharing request and its review, never through the import.
    const scope = checkImportScope({ scope: fields.scope });
    if (!scope.allowed) throw new AppError("FORBIDDEN", scope.message);
    const result = await importConnector(db(), { source: upload.source, actor: actorOf(viewer), requestId, ...fields });
    const body = ZImportResponse.parse({ ...result, connector: { ...result.connector, url: `/connectors/${result.connector.slug}` } });
    return Response.json(body, { status: 201, headers: { location: `/api/v1/connectors/${result.connector.slug}` } });
  },
  { role: "maker", scope: "connectors:write" },
);
