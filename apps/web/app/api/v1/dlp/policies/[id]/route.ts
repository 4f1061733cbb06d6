// GET /api/v1/dlp/policies/{id}: one policy. PUT: replace its name, scope, patterns and overrides. DELETE: remove it.
import { deleteDlpPolicy, getDlpPolicy, saveDlpPolicy } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { readJsonBody } from "@/server/read-json-body.ts";
import { auditActorOf } from "@/server/audit-actor.ts";
import { ZDlpPolicyAnswer } from "@/server/dlp/schemas.ts";

export const dynamic = "force-dynamic";
type Params = { id: string };

export const GET = withAuth<Params>(
  "dlp.policies.get",
  async (_request, { params }) => Response.json(ZDlpPolicyAnswer.parse(await getDlpPolicy(db(), (await params).id))),
  {
    role: "admin",
    scope: "connectors:read",
  },
);

export const PUT = withAuth<Params>(
  "dlp.policies.update",
  async (request, { params, viewer, requestId }) => {
    const policy = await saveDlpPolicy(db(), {
      id: (await params).id,
      input: await readJsonBody(request, undefined, { what: "the policy" }),
      actor: auditActorOf(viewer),
      requestId,
    });
    return Response.json(ZDlpPolicyAnswer.parse(policy));
  },
  { role: "admin", scope: "connectors:write" },
);

export const DELETE = withAuth<Params>(
  "dlp.policies.delete",
  async (_request, { params, viewer, requestId }) => {
    await deleteDlpPolicy(db(), { id: (await params).id, actor: auditActorOf(viewer), requestId });
    return new Response(null, { status: 204 });
  },
  { role: "admin", scope: "connectors:write" },
);
