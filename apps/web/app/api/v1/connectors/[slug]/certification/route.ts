// GET /api/v1/connectors/{slug}/certification: what certification in microsoft/PowerPlatformConnectors would ask of
// the version the caller reads (findings and the reviewer's checklist), or the pull request's folder as a zip.
import { AppError, getConnectorVersion } from "@connector-hub/db";
import { certifyConnector, draftReadme, looksLikeOpenApi3, type TJsonObject } from "@connector-hub/definitions";
import { canEditConnector, canReadConnector, pickReaderVersion } from "@connector-hub/governance";
import { z } from "zod";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { ZCertificationReport } from "@/server/connectors/schemas.ts";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  kind: z.enum(["certified", "independent"], { error: "kind is certified (verified publisher) or independent (independent publisher)." }).default("certified"),
  format: z.enum(["json", "zip"], { error: "format is json (the findings) or zip (the pull request's folder)." }).default("json"),
});

export const GET = withAuth<{ slug: string }>(
  "connectors.certification",
  async (request, { params, viewer }) => {
    const { slug } = await params;
    const query = ZQuery.parse(Object.fromEntries(request.nextUrl.searchParams.entries()));
    let found = await getConnectorVersion(db(), { slug });
    if (!found || !canReadConnector(found.connector, viewer).allowed) {
      throw new AppError("NOT_FOUND", `No connector ${slug} is shared with you. Check the address in the catalog.`);
    }
    // As for downloads: people it is shared with get the approved version, its editors the newest.
    const canEdit = viewer
      ? canEditConnector({ connector: found.connector, user: { id: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds } }).allowed
      : false;
    const shownNumber = pickReaderVersion({ canEdit, latestNumber: found.version.number, sharedNumber: found.connector.sharedVersion?.number ?? null });
    if (shownNumber !== found.version.number) found = (await getConnectorVersion(db(), { slug, number: shownNumber })) ?? found;
    const { version, connector } = found;
    const definition = version.definition as TJsonObject;
    const isJsonSource =
      (version.sourceFormat === "OPENAPI_JSON" || version.sourceFormat === "FORM" || version.sourceFormat === "PACONN") &&
      !looksLikeOpenApi3(version.sourceText);
    const apiProperties = (version.apiProperties ?? { properties: {} }) as TJsonObject;
    const publisher = (apiProperties.properties as { publisher?: unknown } | undefined)?.publisher;
    // The hub keeps no readme: the package carries one drafted from the definition, for the maker to complete.
    const readme = draftReadme(definition, { kind: query.kind, publisher: typeof publisher === "string" && publisher !== "" ? publisher : "Publisher's Name" });
    const report = certifyConnector({
      kind: query.kind,
      definition: isJsonSource ? version.sourceText : `${JSON.stringify(definition, null, 2)}\n`,
      apiProperties: `${JSON.stringify(apiProperties, null, 2)}\n`,
      readme,
      ...(connector.icon ? { icon: new Uint8Array(connector.icon) } : {}),
      ...(version.script ? { script: version.script } : {}),
    });
    if (query.format === "zip") {
      if (!report.zip)
        throw new AppError("UNPROCESSABLE", "This version's definition cannot be read, so there is no package to build. Upload a readable version first.");
      return new Response(new Uint8Array(report.zip), {
        headers: { "content-type": "application/zip", "content-disposition": `attachment; filename="${connector.slug}-v${version.number}-certification.zip"` },
      });
    }
    return Response.json(
      ZCertificationReport.parse({
        version: version.number,
        kind: report.kind,
        title: report.title,
        errors: report.errors,
        warnings: report.warnings,
        findings: report.findings,
        checklist: report.checklist,
        entries: report.entries,
        isReadmeDrafted: true,
      }),
    );
  },
  { allowAnonymous: true, scope: "connectors:read" },
);
