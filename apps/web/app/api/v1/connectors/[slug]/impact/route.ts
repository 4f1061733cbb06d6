// POST /api/v1/connectors/{slug}/impact: what a candidate definition would break in environments if uploaded (#20).
// Nothing is saved; a connector repository's CI fails the pull request when `breaksFlows` is true.
import { previewVersionImpact } from "@connector-hub/db";
import { withAuth } from "@/server/auth/with-auth.ts";
import { readUpload } from "@/server/connectors/read-upload.ts";
import { db } from "@/server/db.ts";
import { toImpact, ZImpactPreview } from "@/server/inventory/schemas.ts";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ slug: string }>(
  "connectors.impact.preview",
  async (request, { params, viewer }) => {
    const { slug } = await params;
    const upload = await readUpload(request);
    const preview = await previewVersionImpact(db(), { slug, source: upload.source, viewer });
    return Response.json(ZImpactPreview.parse({ ...preview, impacts: preview.impacts.map(toImpact) }));
  },
  { scope: "connectors:read" },
);
