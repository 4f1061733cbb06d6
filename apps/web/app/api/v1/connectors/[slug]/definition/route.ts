// GET /api/v1/connectors/{slug}/definition: download a version's definition (as uploaded, as JSON) or a paconn zip.
import { AppError, getConnectorVersion } from "@connector-hub/db";
import { looksLikeOpenApi3, writePaconnZip } from "@connector-hub/definitions";
import { canEditConnector, canReadConnector, pickReaderVersion } from "@connector-hub/governance";
import { z } from "zod";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { ZVersionNumber } from "@/server/connectors/schemas.ts";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  version: ZVersionNumber.optional(),
  format: z.enum(["source", "json", "paconn"], { error: "format is source (as uploaded), json or paconn." }).default("source"),
});

export const GET = withAuth<{ slug: string }>(
  "connectors.definition",
  async (request, { params, viewer }) => {
    const { slug } = await params;
    const query = ZQuery.parse(Object.fromEntries(request.nextUrl.searchParams.entries()));
    let found = await getConnectorVersion(db(), { slug, ...(query.version ? { number: query.version } : {}) });
    if (!found || !canReadConnector(found.connector, viewer).allowed) {
      throw new AppError(
        "NOT_FOUND",
        `No connector ${slug}${query.version ? ` with version ${query.version}` : ""} is shared with you. Check the address in the catalog.`,
      );
    }
    // Without a version number, people it is shared with download the approved version, its editors the newest.
    const canEdit = viewer
      ? canEditConnector({ connector: found.connector, user: { id: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds } }).allowed
      : false;
    const shownNumber = pickReaderVersion({ canEdit, latestNumber: found.version.number, sharedNumber: found.connector.sharedVersion?.number ?? null });
    // An explicit version past the approved one waits for a sharing decision: to people it is shared with it does not exist yet.
    if (query.version && shownNumber < found.version.number) {
      throw new AppError("NOT_FOUND", `No connector ${slug} with version ${query.version} is shared with you. Check the address in the catalog.`);
    }
    if (!query.version && shownNumber !== found.version.number) found = (await getConnectorVersion(db(), { slug, number: shownNumber })) ?? found;
    const { version, connector } = found;
    const base = `${connector.slug}-v${version.number}`;
    const disposition = (name: string) => ({ "content-disposition": `attachment; filename="${name}"` });
    // JSON sources are kept byte for byte; YAML, Postman and OpenAPI 3 sources are exported as the 2.0 JSON definition they became.
    const isJsonSource =
      (version.sourceFormat === "OPENAPI_JSON" || version.sourceFormat === "FORM" || version.sourceFormat === "PACONN") &&
      !looksLikeOpenApi3(version.sourceText);
    if (query.format === "paconn") {
      const zip = writePaconnZip({
        definition: isJsonSource ? version.sourceText : (version.definition as object),
        ...(version.apiProperties ? { apiProperties: version.apiProperties as object } : {}),
        ...(connector.icon ? { icon: new Uint8Array(connector.icon) } : {}),
        ...(version.script ? { script: version.script } : {}),
      });
      return new Response(new Uint8Array(zip), { headers: { "content-type": "application/zip", ...disposition(`${base}.zip`) } });
    }
    if (query.format === "source" && version.sourceFormat === "OPENAPI_YAML") {
      return new Response(version.sourceText, { headers: { "content-type": "application/yaml; charset=utf-8", ...disposition(`${base}.yaml`) } });
    }
    const text = query.format === "source" && isJsonSource ? version.sourceText : `${JSON.stringify(version.definition, null, 2)}\n`;
    return new Response(text, { headers: { "content-type": "application/json; charset=utf-8", ...disposition(`${base}.swagger.json`) } });
  },
  { allowAnonymous: true, scope: "connectors:read" },
);
