// GET /api/v1/eligibility?connector=<slug>[&user=<upn>][&context=app|flow][&environment=<id>]: may the user use,
// create and share the connector, and why. Without user: the caller; another user's verdict is for administrators.
import { AppError, checkUserEligibility } from "@connector-hub/db";
import { canReadConnector } from "@connector-hub/governance";
import { z } from "zod";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";

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
    let userId = viewer.userId;
    if (query.user && query.user.toLowerCase() !== viewer.upn.toLowerCase() && query.user !== viewer.userId) {
      if (!viewer.isAdmin) throw new AppError("FORBIDDEN", "Only administrators can check another person's licence; leave out user to check your own.");
      const other = await db().user.findFirst({ where: { OR: [{ id: query.user }, { upn: { equals: query.user, mode: "insensitive" } }] }, select: { id: true } });
      if (!other) throw new AppError("NOT_FOUND", `No user has the principal name ${query.user}: check the spelling.`);
      userId = other.id;
    }
    if (query.connector) {
      // A connector the caller may not read answers as one that does not exist (no probing for private slugs).
      const connector = await db().connector.findUnique({ where: { slug: query.connector }, select: { ownerId: true, scope: true, shares: true } });
      if (!connector || !canReadConnector(connector, viewer).allowed) throw new AppError("NOT_FOUND", `There is no connector ${query.connector}: check the name in the catalog.`);
    }
    const result = await checkUserEligibility(db(), {
      userId,
      ...(query.connector ? { connector: { slug: query.connector } } : {}),
      ...(query.environment ? { environmentId: query.environment } : {}),
      ...(query.context ? { context: query.context } : {}),
    });
    return Response.json(result);
  },
  { scope: "connectors:read" },
);
