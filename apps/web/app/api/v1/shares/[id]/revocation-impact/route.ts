// GET /api/v1/shares/{id}/revocation-impact: before revoking a share, who loses access and which of their flows and
// apps stop (#20); the same people as revoking (owner, Can-edit co-owners, administrators). Saves nothing.
import { previewShareRevocation } from "@connector-hub/db";
import { sharingActorOf } from "@/server/sharing-actor.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { toRevocationImpact, ZRevocationImpact } from "@/server/inventory/schemas.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string }>(
  "shares.revocation_impact.get",
  async (_request, { viewer, params }) => {
    const { id } = await params;
    const impact = await previewShareRevocation(db(), { shareId: id, viewer: sharingActorOf(viewer) });
    return Response.json(ZRevocationImpact.parse(toRevocationImpact(impact)));
  },
  { scope: "connectors:read" },
);
