// POST /api/v1/dlp/policies/{id}/copy: save a copy with the same scope, patterns and overrides ({ name? } optional).
import { copyStoredDlpPolicy } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { readJsonBody } from "@/server/read-json-body.ts";
import { auditActorOf } from "@/server/audit-actor.ts";
import { ZDlpPolicyAnswer, ZDlpPolicyCopyInput } from "@/server/dlp/schemas.ts";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(
  "dlp.policies.copy",
  async (request, { params, viewer, requestId }) => {
    const body = await readJsonBody(request, ZDlpPolicyCopyInput, { what: 'the copy\'s name, like { "name": "Finance copy" }', optional: true });
    const copy = await copyStoredDlpPolicy(db(), { id: (await params).id, name: body.name, actor: auditActorOf(viewer), requestId });
    return Response.json(ZDlpPolicyAnswer.parse(copy), { status: 201 });
  },
  { role: "admin", scope: "connectors:write" },
);
