// POST /api/v1/dlp/policies/{id}/copy: save a copy with the same scope, patterns and overrides ({ name? } optional).
import { z } from "zod";
import { copyStoredDlpPolicy, formatActorLabel } from "@connector-hub/db";
import { db } from "@/server/db.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { readJson } from "@/server/read-json-body.ts";

export const dynamic = "force-dynamic";
const ZCopy = z.object({ name: z.string().trim().min(1).max(200).optional() });

export const POST = withAuth<{ id: string }>(
  "dlp.policies.copy",
  async (request, { params, viewer, requestId }) => {
    const body = ZCopy.parse((await readJson(request, { optional: true })) ?? {});
    const copy = await copyStoredDlpPolicy(db(), { id: (await params).id, name: body.name, actor: { id: viewer.userId, label: formatActorLabel(viewer) }, requestId });
    return Response.json(copy, { status: 201 });
  },
  { role: "admin", scope: "connectors:write" },
);
