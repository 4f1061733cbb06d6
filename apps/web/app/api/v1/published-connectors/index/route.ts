// PUT /api/v1/published-connectors/index: an administrator replaces the index of the connectors Microsoft publishes
// with a newer one (the JSON that `connector-hub public-index build` writes), in one transaction, audited.
import { AppError, getPublishedSnapshot, loadPublishedIndex } from "@connector-hub/db";
import { PublishedIndexError, readPublishedIndex } from "@connector-hub/definitions/published";
import { withAuth } from "@/server/auth/with-auth.ts";
import { auditActorOf } from "@/server/audit-actor.ts";
import { db } from "@/server/db.ts";
import { readBodyText } from "@/server/http/read-body.ts";
import { toSnapshotAnswer, ZPublishedSnapshot } from "@/server/published/schemas.ts";

export const dynamic = "force-dynamic";

/** The shipped index is 1.7 MB; ten times that leaves room for the repository to grow. */
const MAX_INDEX_BYTES = 20 * 1024 * 1024;

export const PUT = withAuth(
  "published.index-upload",
  async (request, { viewer, requestId }) => {
    const text = await readBodyText(
      request,
      MAX_INDEX_BYTES,
      (bytes) => new AppError("PAYLOAD_TOO_LARGE", `The index is ${(bytes / 1048576).toFixed(1)} MB or more; the limit is 20 MB.`),
    );
    if (!text.trim()) throw new AppError("BAD_REQUEST", 'Send the index as the request body: the JSON file that "connector-hub public-index build" writes.');
    let index;
    try {
      index = readPublishedIndex(text);
    } catch (error) {
      if (error instanceof PublishedIndexError) throw new AppError("UNPROCESSABLE", `${error.message} Nothing was changed: the current index stays.`);
      throw error;
    }
    const actor = auditActorOf(viewer);
    await loadPublishedIndex(db(), { index, loadedBy: actor.label, audit: { actor, requestId } });
    return Response.json(ZPublishedSnapshot.parse(toSnapshotAnswer(await getPublishedSnapshot(db()))));
  },
  { role: "admin" },
);
