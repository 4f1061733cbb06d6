// GET /api/health: is the database reachable and migrated? 200 when healthy, 503 otherwise (for load balancers).
import { checkHealth, findRepoRoot } from "@connector-hub/db";

import { db } from "@/server/db.ts";
import { env } from "@/server/env.ts";
import { route } from "@/server/route.ts";

export const dynamic = "force-dynamic";

export const GET = route("health", async () => {
  const report = await checkHealth(db(), env().DATABASE_URL, findRepoRoot(process.cwd()));
  return Response.json({ status: report.ok ? "ok" : "unhealthy", ...report }, { status: report.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
});
