// POST /api/v1/dlp/preview: which connectors a new, unsaved policy would move from the group they are in today.
import { previewDlpPolicy } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { readJsonBody } from "@/server/read-json-body.ts";
import { ZDlpPreview } from "@/server/dlp/schemas.ts";

export const dynamic = "force-dynamic";

export const POST = withAuth(
  "dlp.preview",
  async (request) => Response.json(ZDlpPreview.parse(await previewDlpPolicy(db(), { input: await readJsonBody(request, undefined, { what: "the policy" }) }))),
  {
    role: "admin",
    scope: "connectors:read",
  },
);
