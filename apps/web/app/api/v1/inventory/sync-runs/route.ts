// GET /api/v1/inventory/sync-runs: the newest inventory syncs and imports, newest first, with the progress each
// committed last (a running sync commits it with every page), for the governance page and scripts.
import { listInventorySyncRuns } from "@connector-hub/db";
import { z } from "zod";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { toSyncRun, ZInventorySyncRuns } from "@/server/inventory/schemas.ts";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  take: z.coerce.number({ error: "take is a number, like 5." }).int().min(1, "take is at least 1.").max(50, "take is at most 50.").default(5),
});

export const GET = withAuth(
  "inventory.sync_runs.list",
  async (request) => {
    const { take } = ZQuery.parse(Object.fromEntries(request.nextUrl.searchParams.entries()));
    const runs = await listInventorySyncRuns(db(), { take });
    return Response.json(ZInventorySyncRuns.parse({ runs: runs.map(toSyncRun) }));
  },
  { role: "admin", scope: "connectors:read" },
);
