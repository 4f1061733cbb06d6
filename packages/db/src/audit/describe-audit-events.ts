import type { Db } from "../client.ts";
import type { AuditEventRow } from "./list-audit-events.ts";

export interface DescribedAuditEvent extends AuditEventRow {
  /** The person as they are named now (display name, address), or null for the system or a removed account. */
  actor: { displayName: string; upn: string } | null;
  /** What the event is about, as people call it ("Contoso Invoices", "Contoso Invoices v2"), and where to see it. */
  entity: { label: string; href: string | null };
}

type Names = Map<string, { label: string; href: string | null }>;

const ids = (events: readonly AuditEventRow[], type: string) => [...new Set(events.filter((e) => e.entityType === type).map((e) => e.entityId))];

/**
 * Names the people and things of a page of audit events in a few queries (one per kind of thing), so the log reads
 * "Ada Admin approved sharing of Contoso Invoices" instead of ids. A thing deleted since keeps its id as the label.
 */
export async function describeAuditEvents(db: Db, events: readonly AuditEventRow[]): Promise<DescribedAuditEvent[]> {
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const [users, connectors, versions, requests, shares, plans, assignments, policies, people] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true, upn: true } }),
    db.connector.findMany({ where: { id: { in: ids(events, "Connector") } }, select: { id: true, title: true, slug: true } }),
    db.connectorVersion.findMany({
      where: { id: { in: ids(events, "ConnectorVersion") } },
      select: { id: true, number: true, connector: { select: { title: true, slug: true } } },
    }),
    db.sharingRequest.findMany({ where: { id: { in: ids(events, "SharingRequest") } }, select: { id: true, connector: { select: { title: true } } } }),
    db.share.findMany({
      where: { id: { in: ids(events, "Share") } },
      select: {
        id: true,
        connector: { select: { title: true, slug: true } },
        user: { select: { displayName: true } },
        group: { select: { displayName: true } },
        principalType: true,
      },
    }),
    db.licencePlan.findMany({ where: { id: { in: ids(events, "LicencePlan") } }, select: { id: true, name: true } }),
    db.licenceAssignment.findMany({
      where: { id: { in: ids(events, "LicenceAssignment") } },
      select: { id: true, plan: { select: { name: true } }, user: { select: { displayName: true } }, group: { select: { displayName: true } } },
    }),
    db.dlpPolicy.findMany({ where: { id: { in: ids(events, "DlpPolicy") } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: ids(events, "User") } }, select: { id: true, displayName: true } }),
  ]);
  const names: Names = new Map();
  for (const c of connectors) names.set(`Connector:${c.id}`, { label: c.title, href: `/connectors/${c.slug}` });
  for (const v of versions) names.set(`ConnectorVersion:${v.id}`, { label: `${v.connector.title} v${v.number}`, href: `/connectors/${v.connector.slug}` });
  for (const r of requests) names.set(`SharingRequest:${r.id}`, { label: `Sharing request for ${r.connector.title}`, href: `/requests/${r.id}` });
  for (const s of shares) {
    const who = s.principalType === "ORGANIZATION" ? "the organization" : (s.user?.displayName ?? s.group?.displayName ?? "someone");
    names.set(`Share:${s.id}`, { label: `${s.connector.title}, shared with ${who}`, href: `/connectors/${s.connector.slug}` });
  }
  for (const p of plans) names.set(`LicencePlan:${p.id}`, { label: `Licence plan ${p.name}`, href: "/admin/licences" });
  for (const a of assignments)
    names.set(`LicenceAssignment:${a.id}`, {
      label: `${a.plan.name} for ${a.user?.displayName ?? a.group?.displayName ?? "someone"}`,
      href: "/admin/licences",
    });
  for (const p of policies) names.set(`DlpPolicy:${p.id}`, { label: `DLP policy ${p.name}`, href: `/admin/dlp/${p.id}` });
  for (const u of people) names.set(`User:${u.id}`, { label: u.displayName, href: null });
  const byId = new Map(users.map((u) => [u.id, u]));
  return events.map((e) => {
    const user = e.actorId ? byId.get(e.actorId) : undefined;
    return {
      ...e,
      actor: user ? { displayName: user.displayName, upn: user.upn } : null,
      entity: names.get(`${e.entityType}:${e.entityId}`) ?? { label: `${e.entityType} ${e.entityId}`, href: null },
    };
  });
}
