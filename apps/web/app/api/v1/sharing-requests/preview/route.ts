// POST /api/v1/sharing-requests/preview: the gates, risk score and targets' licence verdicts a request would get,
// without submitting it (same body as POST /api/v1/sharing-requests).
import { previewSharingRequest } from "@connector-hub/db";
import { sharingActorOf } from "@/server/sharing-actor.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { readJsonBody } from "@/server/read-json-body.ts";
import { ZSharingEvaluation } from "@/server/sharing/schemas.ts";

export const dynamic = "force-dynamic";

export const POST = withAuth(
  "sharing-requests.preview",
  async (request, { viewer }) => {
    const body = await readJsonBody(request, undefined, { what: "the request to preview, like { connectorSlug, target: { scope }, supportDetails, ... }" });
    return Response.json(ZSharingEvaluation.parse(await previewSharingRequest(db(), { input: body, actor: sharingActorOf(viewer) })));
  },
  { role: "maker", scope: "connectors:read" },
);
