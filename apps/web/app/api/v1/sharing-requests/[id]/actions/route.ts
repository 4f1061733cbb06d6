// POST /api/v1/sharing-requests/{id}/actions: one review step { action, note?, version?, changes? }; 409 if someone acted first.
import { applySharingAction } from "@connector-hub/db";
import { sharingActorOf, sharingNotifyOptions } from "@/server/sharing-actor.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { readJsonBody } from "@/server/read-json-body.ts";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(
  "sharing-requests.act",
  async (request, { viewer, params, requestId }) => {
    const { id } = await params;
    const body = await readJsonBody(request, undefined, { what: 'the step, like { "action": "approve", "version": 4 }' });
    const { webhook: _delivery, ...result } = await applySharingAction(db(), {
      requestId: id,
      input: body,
      actor: sharingActorOf(viewer),
      auditRequestId: requestId,
      notify: sharingNotifyOptions(),
    });
    return Response.json(result);
  },
  { scope: "connectors:write" },
);
