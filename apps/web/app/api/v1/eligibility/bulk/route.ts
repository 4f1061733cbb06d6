// POST /api/v1/eligibility/bulk: verdicts of many users against one connector (administrators). JSON
// { connector, upns?, userIds?, groupId?, context? }, or a CSV of user principal names with ?connector=<slug>.
import { checkEligibilityForUsers, parseUpnCsv } from "@connector-hub/db";
import { z } from "zod";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { readJsonBody } from "@/server/read-json-body.ts";

export const dynamic = "force-dynamic";

const ZBody = z.object({
  connector: z.string({ error: "Give connector: the slug of the connector to check against." }).trim().min(1),
  upns: z.array(z.string()).max(50_000).optional(),
  userIds: z.array(z.string()).max(50_000).optional(),
  groupId: z.string().optional(),
  context: z.enum(["standalone", "app", "flow"]).optional(),
});

export const POST = withAuth(
  "eligibility.bulk",
  async (request) => {
    const isCsv = (request.headers.get("content-type") ?? "").includes("text/csv");
    const body = isCsv
      ? ZBody.parse({ connector: request.nextUrl.searchParams.get("connector") ?? undefined, upns: parseUpnCsv(await request.text()) })
      : await readJsonBody(request, ZBody, { what: "the people to check, like { \"connector\": \"<slug>\", \"upns\": [\"ada@contoso.example\"] } (or a CSV of principal names as text/csv)" });
    const report = await checkEligibilityForUsers(db(), {
      connector: { slug: body.connector },
      ...(body.upns ? { upns: body.upns } : {}),
      ...(body.userIds ? { userIds: body.userIds } : {}),
      ...(body.groupId ? { groupId: body.groupId } : {}),
      ...(body.context ? { context: body.context } : {}),
    });
    return Response.json(report);
  },
  { role: "admin", scope: "connectors:read" },
);
