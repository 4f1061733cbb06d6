import { VERSION_LISTING_FIELDS } from "./version-fields.ts";
import type { Db } from "../client.ts";

/** The actions and triggers of a connector version, in definition order. */
export async function listOperations(db: Db, versionId: string) {
  return db.operation.findMany({ where: { versionId }, orderBy: { id: "asc" } });
}

/** A connector with its owner, environment, shares and versions (newest first, with operations of the newest). */
export async function getConnectorBySlug(db: Db, slug: string) {
  return db.connector.findUnique({
    where: { slug },
    include: {
      owner: { select: { id: true, displayName: true, upn: true, isActive: true } },
      environment: { select: { id: true, name: true, displayName: true, type: true } },
      sharedVersion: { select: { number: true } },
      shares: { where: { revokedAt: null }, include: { user: { select: { displayName: true } }, group: { select: { displayName: true } } } },
      versions: {
        orderBy: { number: "desc" },
        select: { ...VERSION_LISTING_FIELDS, createdBy: { select: { displayName: true } } },
      },
    },
  });
}
