// POST /api/v1/connectors/{slug}/versions: upload a new version (every version is kept; the answer lists what breaks).
import { addConnectorVersion } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { readUpload } from "@/server/connectors/read-upload.ts";
import { actorOf } from "@/server/audit-actor.ts";
import { ZImportFields, ZImportResponse } from "@/server/connectors/schemas.ts";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ slug: string }>(
  "connectors.versions.create",
  async (request, { params, requestId, viewer }) => {
    const { slug } = await params;
    const upload = await readUpload(request);
    const { authType } = ZImportFields.parse(upload.fields);
    // Breaking changes that reach flows need the maker's reason (#20); without one the answer is 409 with the impact.
    const reason = upload.fields.acknowledgeReason;
    const result = await addConnectorVersion(db(), {
      slug,
      source: upload.source,
      actor: actorOf(viewer),
      requestId,
      ...(authType ? { authType } : {}),
      ...(reason !== undefined ? { acknowledgement: { reason } } : {}),
    });
    const body = ZImportResponse.parse({
      connector: { ...result.connector, url: `/connectors/${slug}` },
      version: result.version,
      findings: result.findings,
      changes: result.changes,
    });
    return Response.json(body, { status: 201, headers: { location: `/api/v1/connectors/${slug}/versions/${result.version.number}` } });
  },
  { role: "maker", scope: "connectors:write" },
);
