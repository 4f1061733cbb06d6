// POST /api/v1/inventory/connectors/{id}/adoption: adopt a connector found in an environment but not in the catalog
// ({ ownerId }): its stored definition is imported as the owner's private draft and the inventory row linked to it.
import { adoptInventoryConnector, invalidateGovernanceSnapshot } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { readJsonBody } from "@/server/read-json-body.ts";
import { auditActorOf } from "@/server/audit-actor.ts";
import { ZAdoptionAnswer, ZAdoptionInput } from "@/server/inventory/schemas.ts";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(
  "inventory.connectors.adopt",
  async (request, { params, viewer, requestId }) => {
    const body = await readJsonBody(request, ZAdoptionInput, { what: 'the new owner, like { "ownerId": "…" }' });
    const result = await adoptInventoryConnector(db(), {
      inventoryConnectorId: (await params).id,
      ownerId: body.ownerId,
      actor: auditActorOf(viewer),
      requestId,
    });
    // The dashboard counts connectors and lists the not catalogued: its snapshot is out of date now.
    await invalidateGovernanceSnapshot(db());
    const answer = ZAdoptionAnswer.parse({ ...result, connector: { ...result.connector, url: `/connectors/${result.connector.slug}` } });
    return Response.json(answer, { status: 201, headers: { location: `/api/v1/connectors/${result.connector.slug}` } });
  },
  { role: "admin", scope: "connectors:write" },
);
