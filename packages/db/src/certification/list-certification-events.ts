import { nextCertificationStates, type CertificationState } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import type { DbOrTx } from "../audit/record-audit-event.ts";

export interface CertificationEventView {
  id: string;
  state: CertificationState;
  effectiveAt: Date;
  recordedAt: Date;
  pullRequestUrl: string | null;
  note: string | null;
  recordedBy: string | null;
}

export interface CertificationHistory {
  /** Oldest first: the timeline as it happened. */
  events: CertificationEventView[];
  current: CertificationState | null;
  /** What may be recorded next (empty once merged). */
  next: readonly CertificationState[];
}

/** The certification timeline of a connector the caller may already read (the route checks reading). */
export async function listCertificationEvents(db: Db | DbOrTx, options: { connectorId: string }): Promise<CertificationHistory> {
  const rows = await db.certificationEvent.findMany({
    where: { connectorId: options.connectorId },
    orderBy: [{ effectiveAt: "asc" }, { recordedAt: "asc" }],
    include: { recordedBy: { select: { displayName: true } } },
  });
  const events = rows.map((r) => ({
    id: r.id,
    state: r.state,
    effectiveAt: r.effectiveAt,
    recordedAt: r.recordedAt,
    pullRequestUrl: r.pullRequestUrl,
    note: r.note,
    recordedBy: r.recordedBy?.displayName ?? null,
  }));
  const current = events.at(-1)?.state ?? null;
  return { events, current, next: nextCertificationStates(current) };
}

/** Throws NOT_FOUND for a slug with no connector. */
export async function findCertificationConnector(db: Db, slug: string) {
  const connector = await db.connector.findUnique({ where: { slug }, include: { shares: true } });
  if (!connector) throw new AppError("NOT_FOUND", `No connector has the address /connectors/${slug}. Check the slug in the catalog.`);
  return connector;
}
