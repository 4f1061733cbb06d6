// GET /api/v1/dlp/policies: DLP policies with their ordered patterns and overrides. POST: create one (administrators).
import { listDlpPolicies, saveDlpPolicy } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { readJsonBody } from "@/server/read-json-body.ts";
import { auditActorOf } from "@/server/audit-actor.ts";
import { ZDlpPolicyAnswer, ZDlpPolicyList } from "@/server/dlp/schemas.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth("dlp.policies.list", async () => Response.json(ZDlpPolicyList.parse({ policies: await listDlpPolicies(db()) })), {
  role: "admin",
  scope: "connectors:read",
});

export const POST = withAuth(
  "dlp.policies.create",
  async (request, { viewer, requestId }) => {
    const policy = await saveDlpPolicy(db(), { input: await readJsonBody(request, undefined, { what: "the policy" }), actor: auditActorOf(viewer), requestId });
    return Response.json(ZDlpPolicyAnswer.parse(policy), { status: 201 });
  },
  { role: "admin", scope: "connectors:write" },
);
