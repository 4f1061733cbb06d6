import { canEditConnector, canReadConnector, checkCertificationStep, CERTIFICATION_STATE_WORDS } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { formatActorLabel } from "../audit/format-actor-label.ts";
import { findCertificationConnector, listCertificationEvents, type CertificationHistory } from "./list-certification-events.ts";

export interface RecordCertificationEventOptions {
  slug: string;
  actor: { userId: string; roles: readonly string[]; groupIds: readonly string[] };
  state: string;
  /** Default: now. */
  effectiveAt?: Date;
  pullRequestUrl?: string | null;
  note?: string | null;
  requestId?: string | null;
  now?: Date;
}

/**
 * Appends the next certification state of a connector: its editors (owner, Can-edit co-owners) and administrators
 * may; governance's checkCertificationStep says which state and date may follow. The newest event is read and the
 * new one written in one transaction holding the connector's row lock, so two people recording at once cannot both
 * pass the check: the second is checked against the first. (Not a serializable transaction: when its COMMIT fails,
 * @prisma/adapter-pg 6.19 never returns the connection to the pool, so each lost race would leak one.)
 */
export async function recordCertificationEvent(db: Db, options: RecordCertificationEventOptions): Promise<CertificationHistory> {
  const connector = await findCertificationConnector(db, options.slug);
  const user = { id: options.actor.userId, userId: options.actor.userId, roles: options.actor.roles, groupIds: options.actor.groupIds };
  if (!canReadConnector(connector, user).allowed) {
    throw new AppError("NOT_FOUND", `No connector has the address /connectors/${options.slug}. Check the slug in the catalog.`);
  }
  const edit = canEditConnector({ connector, user });
  if (!edit.allowed) throw new AppError("FORBIDDEN", `Only the owners of ${connector.title} and administrators record its certification. ${edit.reason}`);
  const now = options.now ?? new Date();
  const effectiveAt = options.effectiveAt ?? now;
  return db.$transaction(
    async (tx) => {
      // One recorder of this connector at a time: a second one waits here, then is checked against the first's state.
      await tx.$queryRaw`SELECT id FROM "Connector" WHERE id = ${connector.id} FOR UPDATE`;
      const last = await tx.certificationEvent.findFirst({
        where: { connectorId: connector.id },
        orderBy: [{ effectiveAt: "desc" }, { recordedAt: "desc" }],
      });
      const check = checkCertificationStep({
        previous: last ? { state: last.state, effectiveAt: last.effectiveAt } : null,
        state: options.state,
        effectiveAt,
        pullRequestUrl: options.pullRequestUrl ?? null,
        now,
      });
      if (!check.ok) throw new AppError(check.code, check.message, { field: check.field });
      const person = await tx.user.findUnique({ where: { id: options.actor.userId }, select: { displayName: true, upn: true } });
      // A pull request given once stays the attempt's until another is given; a new attempt starts without one.
      const isNewAttempt = !last || last.state === "WITHDRAWN" || last.state === "REJECTED";
      const pullRequestUrl = check.pullRequestUrl ?? (isNewAttempt ? null : last.pullRequestUrl);
      const note = options.note?.trim() ? options.note.trim().slice(0, 2000) : null;
      const event = await tx.certificationEvent.create({
        data: { connectorId: connector.id, state: check.state, effectiveAt, pullRequestUrl, note, recordedById: options.actor.userId },
      });
      await recordAuditEvent(tx, {
        actor: { id: options.actor.userId, label: person ? formatActorLabel(person) : options.actor.userId },
        action: "connector.certification_recorded",
        entityType: "Connector",
        entityId: connector.id,
        before: last ? { state: last.state, effectiveAt: last.effectiveAt } : null,
        after: { state: event.state, stateWords: CERTIFICATION_STATE_WORDS[event.state], effectiveAt: event.effectiveAt, pullRequestUrl, note },
        requestId: options.requestId ?? null,
      });
      return listCertificationEvents(tx, { connectorId: connector.id });
    },
    { timeout: 15_000 },
  );
}
