// DELETE /api/v1/shares/{id}: revoke a share (the owner, Can-edit co-owners, administrators); audited, and the
// connector's scope narrows to what is left.
import { revokeShare } from "@connector-hub/db";
import { sharingActorOf } from "@/server/sharing-actor.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { ZRevokedShare } from "@/server/sharing/schemas.ts";

export const dynamic = "force-dynamic";

export const DELETE = withAuth<{ id: string }>(
  "shares.revoke",
  async (_request, { viewer, params, requestId }) => {
    const { id } = await params;
    return Response.json(ZRevokedShare.parse(await revokeShare(db(), { shareId: id, actor: sharingActorOf(viewer), requestId })));
  },
  { scope: "connectors:write" },
);
