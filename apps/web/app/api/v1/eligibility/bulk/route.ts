// POST /api/v1/eligibility/bulk: verdicts of many users against one connector (administrators). JSON
// { connector, upns?, userIds?, groupId?, context? }, or a CSV of user principal names with ?connector=<slug>: a CSV
// answer has one row per line of the file (bad lines reported by number, the rest checked), and with &format=csv it
// comes back as a CSV file of those rows.
import { checkEligibilityForUsers, checkEligibilityFromCsv, exportEligibilityCsv } from "@connector-hub/db";
import { ZEligibilityBulkInput, ZEligibilityConnector, ZEligibilityContext } from "@/server/licence/schemas.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { readBodyText } from "@/server/http/read-body.ts";
import { MAX_JSON_BODY_BYTES, readJsonBody } from "@/server/read-json-body.ts";

export const dynamic = "force-dynamic";

export const POST = withAuth(
  "eligibility.bulk",
  async (request) => {
    const params = request.nextUrl.searchParams;
    if ((request.headers.get("content-type") ?? "").includes("text/csv")) {
      const connector = ZEligibilityConnector.parse(params.get("connector") ?? undefined);
      const context = ZEligibilityContext.parse(params.get("context") ?? undefined);
      const report = await checkEligibilityFromCsv(db(), {
        connector: { slug: connector },
        csv: await readBodyText(request, MAX_JSON_BODY_BYTES),
        ...(context ? { context } : {}),
      });
      if (params.get("format") === "csv") {
        return new Response(exportEligibilityCsv(report.rows), {
          headers: {
            "content-type": "text/csv; charset=utf-8",
            "content-disposition": `attachment; filename="eligibility-${report.connector.slug}.csv"`,
            "cache-control": "no-store",
          },
        });
      }
      return Response.json(report);
    }
    const body = await readJsonBody(request, ZEligibilityBulkInput, {
      what: 'the people to check, like { "connector": "<slug>", "upns": ["ada@contoso.example"] } (or a CSV of principal names as text/csv)',
    });
    const report = await checkEligibilityForUsers(db(), {
      connector: { slug: body.connector },
      ...(body.upns ? { upns: body.upns } : {}),
      ...(body.userIds ? { userIds: body.userIds } : {}),
      ...(body.groupId ? { groupId: body.groupId } : {}),
      ...(body.context ? { context: body.context } : {}),
      voice: "other",
    });
    return Response.json(report);
  },
  { role: "admin", scope: "connectors:read" },
);
