// GET /api/v1/connectors: search the catalog (same query as the catalog page's URL).
import { listCatalog } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { route } from "@/server/route.ts";
import { catalogViewer, getViewer } from "@/server/auth/viewer.ts";

export const dynamic = "force-dynamic";

export const GET = route("connectors.list", async (request) => {
  const params = Object.fromEntries(request.nextUrl.searchParams.entries());
  const page = await listCatalog(db(), params, catalogViewer(await getViewer()));
  return Response.json(page);
});
