// POST /api/v1/validate: validate a definition, Postman collection or paconn zip without saving it (what the wizard
// calls as the maker types). profile=agent (form field or query) adds the agent-readiness rules. Anonymous callers are rate-limited; an API token needs the scope "validate".
import { findDuplicateConnectors, findPublishedMatches, prepareConnectorSource } from "@connector-hub/db";
import { summarizeDefinition } from "@connector-hub/definitions/summary";
import { clientKey, enforceRateLimit } from "@/server/auth/rate-limit.ts";
import { catalogViewer } from "@/server/auth/viewer.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { readUpload } from "@/server/connectors/read-upload.ts";
import { ZValidateProfile, ZValidateResponse } from "@/server/connectors/schemas.ts";

export const dynamic = "force-dynamic";

const ANONYMOUS_PER_MINUTE = 60;

export const POST = withAuth(
  "validate",
  async (request, { viewer }) => {
    if (!viewer) enforceRateLimit({ key: `validate:${clientKey(request.headers)}`, limit: ANONYMOUS_PER_MINUTE, windowMs: 60_000 });
    const upload = await readUpload(request);
    const profile = ZValidateProfile.parse(upload.fields.profile ?? "default");
    const prepared = prepareConnectorSource({ ...upload.source, agent: profile === "agent" });
    const summary = summarizeDefinition(prepared.definition, prepared.apiProperties ?? undefined);
    const actions = summary.operations.filter((o) => o.kind === "ACTION").length;
    const wantsDuplicates = upload.fields.duplicates === "true";
    const title = upload.fields.title || summary.title;
    const wantsPublished = wantsDuplicates || upload.fields.published === "true";
    const [duplicates, published] = await Promise.all([
      wantsDuplicates ? findDuplicateConnectors(db(), { host: summary.host, title, viewer: catalogViewer(viewer) }) : undefined,
      // Issue 23: the connectors Microsoft publishes for the same API (public data, so anonymous callers get them too).
      wantsPublished
        ? findPublishedMatches(db(), {
            host: summary.host,
            title,
            publisher: upload.fields.publisher || summary.publisher,
            basePath: summary.basePath,
            operations: summary.operations,
          })
        : undefined,
    ]);
    return Response.json(
      ZValidateResponse.parse({
        sourceFormat: prepared.sourceFormat,
        profile,
        summary: { errors: prepared.errorCount, warnings: prepared.warningCount },
        findings: prepared.findings,
        connector: { ...summary, actionCount: actions, triggerCount: summary.operations.length - actions },
        ...(duplicates ? { duplicates } : {}),
        ...(published ? { published } : {}),
      }),
    );
  },
  { allowAnonymous: true, scope: "validate" },
);
