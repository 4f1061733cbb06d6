// GET /api/v1/connectors: search the catalog (same query as the catalog page's URL).
// POST /api/v1/connectors: import a connector (OpenAPI 2.0 JSON/YAML, Postman collection or paconn zip).
import { AppError, findPublishedMatches, importConnector, listCatalog, prepareConnectorSource } from "@connector-hub/db";
import { summarizeDefinition } from "@connector-hub/definitions/summary";
import { checkImportScope } from "@connector-hub/governance";
import { catalogViewer } from "@/server/auth/viewer.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { env } from "@/server/env.ts";
import { readUpload } from "@/server/connectors/read-upload.ts";
import { actorOf } from "@/server/audit-actor.ts";
import { ZCatalogResponse, ZImportFields, ZImportResponse } from "@/server/connectors/schemas.ts";
import { ZPublishedNoteFields } from "@/server/published/schemas.ts";

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
    // Issue 23: the maker's reason for a new connector although published ones match, kept with the published
    // connectors that match now (looked up again here, not taken from the browser).
    const { publishedReason } = ZPublishedNoteFields.parse(upload.fields);
    let source: Parameters<typeof importConnector>[1]["source"] = upload.source;
    let publishedNote: { reason: string; folders: string[] } | undefined;
    if (publishedReason) {
      const prepared = prepareConnectorSource(upload.source);
      const s = summarizeDefinition(prepared.definition, prepared.apiProperties ?? undefined);
      const matches = await findPublishedMatches(db(), {
        host: s.host,
        title: fields.title || s.title,
        publisher: fields.publisher || s.publisher,
        basePath: s.basePath,
        operations: s.operations,
      });
      source = prepared;
      // A reason for nothing (the definition changed since the wizard showed matches) is not kept.
      if (matches.length > 0) publishedNote = { reason: publishedReason, folders: matches.map((m) => m.folder) };
    }
    const result = await importConnector(db(), { source, actor: actorOf(viewer), requestId, ...fields, publishedNote });
    const body = ZImportResponse.parse({ ...result, connector: { ...result.connector, url: `/connectors/${result.connector.slug}` } });
    return Response.json(body, { status: 201, headers: { location: `/api/v1/connectors/${result.connector.slug}` } });
  },
  { role: "maker", scope: "connectors:write" },
);
