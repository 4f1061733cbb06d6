// DELETE /api/v1/tokens/{id}: revoke one of your tokens; requests with it are refused (401) from now on.
import { revokeApiToken } from "@connector-hub/db";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { auditActorOf } from "@/server/audit-actor.ts";

export const dynamic = "force-dynamic";

export const DELETE = withAuth<{ id: string }>("tokens.revoke", async (_request, { viewer, params, requestId }) => {
  const { id } = await params;
  const revoked = await revokeApiToken(db(), { userId: viewer.userId, tokenId: id, actorLabel: auditActorOf(viewer).label, requestId });
  return Response.json({ id: revoked.id, revokedAt: revoked.revokedAt });
});
