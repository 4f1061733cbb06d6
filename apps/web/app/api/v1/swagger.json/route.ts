// GET /api/v1/swagger.json: the hub's REST API as OpenAPI 2.0 (passes `connector-hub validate --certification`).
import { env } from "@/server/env.ts";
import { route } from "@/server/route.ts";
import { buildHubOpenApi } from "./hub-openapi.ts";

export const dynamic = "force-dynamic";

// The host is the hub's configured public address, never the request's Host header (which a caller controls);
// certification refuses a localhost host, so set HUB_PUBLIC_URL to the production address before wrapping the hub.
export const GET = route("swagger", async () => {
  return Response.json(buildHubOpenApi(new URL(env().HUB_PUBLIC_URL).host));
});
