// GET /api/v1/sharing-requests/{id}: a request with its steps, gates and risk score explained line by line.
import { getSharingRequest } from "@connector-hub/db";
import { sharingActorOf } from "@/server/sharing-actor.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string }>(
  "sharing-requests.get",
  async (_request, { viewer, params }) => {
    const { id } = await params;
    return Response.json(await getSharingRequest(db(), id, sharingActorOf(viewer)));
  },
  { scope: "connectors:read" },
);
