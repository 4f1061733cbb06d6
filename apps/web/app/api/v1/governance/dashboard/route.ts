// GET /api/v1/governance/dashboard: every number of the governance dashboard (administrators only); ?fresh=true recomputes.
import { readGovernanceDashboard } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { withAuth } from "@/server/auth/with-auth.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  "governance.dashboard",
  async (request) => {
    const snapshot = await readGovernanceDashboard(db(), { fresh: request.nextUrl.searchParams.get("fresh") === "true" });
    return Response.json({ ...snapshot.dashboard, computedAt: snapshot.computedAt.toISOString(), isStale: snapshot.isStale, computeMs: snapshot.computeMs });
  },
  { role: "admin", scope: "connectors:read" },
);
