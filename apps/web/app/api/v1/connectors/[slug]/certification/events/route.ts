// GET /api/v1/connectors/{slug}/certification/events: where the connector's certification (a pull request to
// microsoft/PowerPlatformConnectors) stands, oldest state first, and what may be recorded next.
// POST: record the next state (its editors and administrators), with the day it took effect and the pull request.
import { AppError, findCertificationConnector, listCertificationEvents, recordCertificationEvent, type CertificationHistory } from "@connector-hub/db";
import { canReadConnector } from "@connector-hub/governance";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { ZCertificationEventInput, ZCertificationTimeline } from "@/server/connectors/schemas.ts";
import { readJsonBody } from "@/server/read-json-body.ts";

export const dynamic = "force-dynamic";

const DAY = 86_400_000;
/** The earliest time zone (UTC+14) is this far ahead of UTC: its "today" may be tomorrow in UTC. */
const AHEAD_OF_UTC = 14 * 3_600_000;

/**
 * A day (YYYY-MM-DD) as the moment the state took effect: the end of that day, or now for today, so that states
 * recorded one after the other on the same day keep their order. A day that is still ahead everywhere stays in the
 * future, for governance's check to refuse with its message.
 */
function effectiveMoment(day: string | undefined, now: Date): Date | undefined {
  if (day === undefined) return undefined;
  const start = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== day) {
    throw new AppError("BAD_REQUEST", `${day} is not a day of the calendar; give the date as YYYY-MM-DD, like 2026-11-30.`, { field: "effectiveAt" });
  }
  if (start.getTime() > now.getTime() + AHEAD_OF_UTC) return start;
  return new Date(Math.min(start.getTime() + DAY - 1, now.getTime()));
}

function toAnswer(slug: string, history: CertificationHistory) {
  return ZCertificationTimeline.parse({
    connector: slug,
    current: history.current,
    next: [...history.next],
    events: history.events.map((e) => ({ ...e, effectiveAt: e.effectiveAt.toISOString(), recordedAt: e.recordedAt.toISOString() })),
  });
}

export const GET = withAuth<{ slug: string }>(
  "connectors.certification.events.list",
  async (_request, { params, viewer }) => {
    const { slug } = await params;
    const connector = await findCertificationConnector(db(), slug);
    // The one read rule; the names of who recorded each state are for signed-in readers only (no anonymous access).
    if (!canReadConnector(connector, viewer).allowed) {
      throw new AppError("NOT_FOUND", `No connector ${slug} is shared with you. Check the address in the catalog.`);
    }
    return Response.json(toAnswer(slug, await listCertificationEvents(db(), { connectorId: connector.id })));
  },
  { scope: "connectors:read" },
);

export const POST = withAuth<{ slug: string }>(
  "connectors.certification.events.create",
  async (request, { params, viewer, requestId }) => {
    const { slug } = await params;
    const input = await readJsonBody(request, ZCertificationEventInput, {
      what: 'the state, like { "state": "SUBMITTED", "effectiveAt": "2026-11-30", "pullRequestUrl": "https://github.com/microsoft/PowerPlatformConnectors/pull/1234" }',
    });
    const now = new Date();
    const effectiveAt = effectiveMoment(input.effectiveAt, now);
    const history = await recordCertificationEvent(db(), {
      slug,
      actor: { userId: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds },
      state: input.state,
      ...(effectiveAt ? { effectiveAt } : {}),
      pullRequestUrl: input.pullRequestUrl ?? null,
      note: input.note ?? null,
      requestId,
      now,
    });
    return Response.json(toAnswer(slug, history), { status: 201 });
  },
  { role: "maker", scope: "connectors:write" },
);
