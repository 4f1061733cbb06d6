// GET /api/v1/sharing-requests: my requests (?queue=mine) or the review queue (?queue=review, administrators).
// POST /api/v1/sharing-requests: request sharing of a connector version; refused with the failing gates.
import { createSharingRequest, listSharingRequests } from "@connector-hub/db";
import { sharingActorOf, sharingNotifyOptions } from "@/server/sharing-actor.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { readJsonBody } from "@/server/read-json-body.ts";
import { ZCreatedSharingRequest, ZSharingQueue } from "@/server/sharing/schemas.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  "sharing-requests.list",
  async (request, { viewer }) => {
    const query = Object.fromEntries(request.nextUrl.searchParams.entries());
    return Response.json(ZSharingQueue.parse({ items: await listSharingRequests(db(), query, sharingActorOf(viewer)) }));
  },
  { scope: "connectors:read" },
);

export const POST = withAuth(
  "sharing-requests.create",
  async (request, { viewer, requestId }) => {
    const body = await readJsonBody(request, undefined, { what: "the request, like { connectorSlug, target: { scope }, supportDetails, ... }" });
    const created = await createSharingRequest(db(), { input: body, actor: sharingActorOf(viewer), requestId, notify: sharingNotifyOptions() });
    return Response.json(ZCreatedSharingRequest.parse(created), { status: 201, headers: { location: `/api/v1/sharing-requests/${created.request.id}` } });
  },
  { role: "maker", scope: "connectors:write" },
);
