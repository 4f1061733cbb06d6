// POST /api/v1/dlp/policies/{id}/preview: which connectors would change group if the posted draft replaced the policy.
import { previewDlpPolicy } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { readJsonBody } from "@/server/read-json-body.ts";
import { ZDlpPreview } from "@/server/dlp/schemas.ts";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(
  "dlp.policies.preview",
  async (request, { params }) =>
    Response.json(
      ZDlpPreview.parse(await previewDlpPolicy(db(), { id: (await params).id, input: await readJsonBody(request, undefined, { what: "the policy" }) })),
    ),
  { role: "admin", scope: "connectors:read" },
);
