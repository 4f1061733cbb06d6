// GET /api/v1/published-connectors/matches?host=&title=: published connectors (microsoft/PowerPlatformConnectors)
// for this host or title. POST /api/v1/published-connectors/matches: the same for a whole definition (upload, as
// for /validate), which adds its operations and publisher. Public data: anonymous callers are rate-limited.
import { findPublishedMatches, getPublishedSnapshot, prepareConnectorSource } from "@connector-hub/db";
import { summarizeDefinition } from "@connector-hub/definitions/summary";
import { clientKey, enforceRateLimit } from "@/server/auth/rate-limit.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { readUpload } from "@/server/connectors/read-upload.ts";
import { db } from "@/server/db.ts";
import { toSnapshotAnswer, ZPublishedLookupQuery, ZPublishedMatches } from "@/server/published/schemas.ts";

export const dynamic = "force-dynamic";

const ANONYMOUS_PER_MINUTE = 60;

export const GET = withAuth(
  "published.lookup",
  async (request, { viewer }) => {
    if (!viewer) enforceRateLimit({ key: `published:${clientKey(request.headers)}`, limit: ANONYMOUS_PER_MINUTE, windowMs: 60_000 });
    const query = ZPublishedLookupQuery.parse(Object.fromEntries(request.nextUrl.searchParams.entries()));
    const [matches, snapshot] = await Promise.all([findPublishedMatches(db(), query), getPublishedSnapshot(db())]);
    return Response.json(ZPublishedMatches.parse({ snapshot: toSnapshotAnswer(snapshot), matches }));
  },
  { allowAnonymous: true, scope: "validate" },
);

export const POST = withAuth(
  "published.lookup-definition",
  async (request, { viewer }) => {
    if (!viewer) enforceRateLimit({ key: `published:${clientKey(request.headers)}`, limit: ANONYMOUS_PER_MINUTE, windowMs: 60_000 });
    const upload = await readUpload(request);
    const prepared = prepareConnectorSource(upload.source);
    const s = summarizeDefinition(prepared.definition, prepared.apiProperties ?? undefined);
    const limit = ZPublishedLookupQuery.parse({ title: s.title || "untitled", limit: upload.fields.limit }).limit;
    const [matches, snapshot] = await Promise.all([
      findPublishedMatches(db(), {
        host: s.host,
        title: upload.fields.title || s.title,
        publisher: s.publisher,
        basePath: s.basePath,
        operations: s.operations,
        limit,
      }),
      getPublishedSnapshot(db()),
    ]);
    return Response.json(ZPublishedMatches.parse({ snapshot: toSnapshotAnswer(snapshot), matches }));
  },
  { allowAnonymous: true, scope: "validate" },
);
