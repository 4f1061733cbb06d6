// GET /api/v1/eligibility?connector=<slug>[&user=<upn>][&context=app|flow][&environment=<id>]: may the user use,
// create and share the connector, and why. Without user: the caller; another user's verdict is for administrators.
import { checkEligibilityAs } from "@connector-hub/db";
import { z } from "zod";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { ZEligibility } from "@/server/licence/schemas.ts";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  connector: z.string().trim().optional(),
  user: z.string().trim().optional(),
  context: z.enum(["standalone", "app", "flow"], { error: "context must be standalone, app or flow." }).optional(),
  environment: z.string().trim().optional(),
});

export const GET = withAuth(
  "eligibility.check",
  async (request, { viewer }) => {
    const query = ZQuery.parse(Object.fromEntries(request.nextUrl.searchParams.entries()));
    const result = await checkEligibilityAs(db(), {
      viewer,
      ...(query.user ? { user: query.user } : {}),
      ...(query.connector ? { connectorSlug: query.connector } : {}),
      ...(query.environment ? { environmentId: query.environment } : {}),
      ...(query.context ? { context: query.context } : {}),
    });
    return Response.json(ZEligibility.parse(result));
  },
  { scope: "connectors:read" },
);
