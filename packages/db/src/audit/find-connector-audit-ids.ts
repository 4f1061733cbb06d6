import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";

/**
 * The ids audit events of one connector are recorded under: the connector, its versions, its sharing requests and
 * its shares. The connector is named by its slug or its title (case-insensitive), as a person types it.
 */
export async function findConnectorAuditIds(db: Db, nameOrSlug: string): Promise<string[]> {
  const connector =
    (await db.connector.findUnique({ where: { slug: nameOrSlug.toLowerCase() }, select: { id: true } })) ??
    (await db.connector.findFirst({ where: { title: { equals: nameOrSlug, mode: "insensitive" } }, select: { id: true }, orderBy: { createdAt: "asc" } }));
  if (!connector) throw new AppError("BAD_REQUEST", `No connector is called "${nameOrSlug}": pick one from the list, or type its address (slug).`);
  const [versions, requests, shares] = await Promise.all([
    db.connectorVersion.findMany({ where: { connectorId: connector.id }, select: { id: true } }),
    db.sharingRequest.findMany({ where: { connectorId: connector.id }, select: { id: true } }),
    db.share.findMany({ where: { connectorId: connector.id }, select: { id: true } }),
  ]);
  return [connector.id, ...versions.map((v) => v.id), ...requests.map((r) => r.id), ...shares.map((s) => s.id)];
}
