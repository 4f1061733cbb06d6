import type { AuditActor } from "../audit/record-audit-event.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { importConnector, type ImportResult } from "../connectors/import-connector.ts";

/** The app roles of people who may own connectors (makers; administrators can do what makers can). */
export const OWNER_ROLES = ["Hub.Maker", "Hub.Admin"];

export interface AdoptInventoryConnectorOptions {
  inventoryConnectorId: string;
  /** The maker who owns the adopted connector from now on. */
  ownerId: string;
  actor: AuditActor & { id: string };
  /** The hub environment the catalog connector belongs to (default: the first, as an import). */
  environmentId?: string;
  requestId?: string;
}

export interface AdoptionResult extends ImportResult {
  /** The inventory rows now linked to the new connector: the adopted one and its copies in other environments. */
  linked: number;
}

/**
 * Adopts a connector found in an environment ("not catalogued") into the catalog: imports its stored definition the
 * way an upload is imported (validation, licence cap of the owner, slug, first version, operations) as a private
 * draft owned by the chosen maker, and links the inventory row to it, with its copies elsewhere (not catalogued, same
 * host and display name: what the next sync would match anyway), and an audit event, all in the import's transaction.
 */
export async function adoptInventoryConnector(db: Db, options: AdoptInventoryConnectorOptions): Promise<AdoptionResult> {
  const found = await db.inventoryConnector.findUnique({ where: { id: options.inventoryConnectorId } });
  if (!found || found.deletedAt)
    throw new AppError("NOT_FOUND", "No such connector in the inventory of environments (it may have been deleted there since the last sync).");
  if (found.catalogConnectorId) {
    const catalogued = await db.connector.findUnique({ where: { id: found.catalogConnectorId }, select: { slug: true } });
    throw new AppError("CONFLICT", `${found.displayName} is already in the catalog${catalogued ? ` as /connectors/${catalogued.slug}` : ""}.`, {
      slug: catalogued?.slug ?? null,
    });
  }
  if (found.definition === null || typeof found.definition !== "object" || Array.isArray(found.definition))
    throw new AppError(
      "UNPROCESSABLE",
      `${found.displayName} has no stored definition (the inventory came from an import without definitions, or the download failed): run the inventory sync again (connector-hub sync), which downloads custom connectors' definitions, or export it with paconn and import the file in the import wizard.`,
    );
  const owner = await db.user.findUnique({ where: { id: options.ownerId }, select: { id: true, displayName: true, isActive: true, roles: true } });
  if (!owner) throw new AppError("BAD_REQUEST", "No such person: choose the new owner among the hub's makers.", { field: "ownerId" });
  if (!owner.isActive)
    throw new AppError("BAD_REQUEST", `${owner.displayName} has left the organization: choose an active maker as the owner.`, { field: "ownerId" });
  if (!owner.roles.some((r) => OWNER_ROLES.includes(r)))
    throw new AppError(
      "BAD_REQUEST",
      `${owner.displayName} is not a maker: only people with the Maker role own connectors. Choose a maker, or assign them the Maker role (Hub.Maker) first.`,
      { field: "ownerId" },
    );
  let linked = 0;
  const result = await importConnector(db, {
    source: { content: JSON.stringify(found.definition, null, 2), fileName: "apiDefinition.swagger.json", contentType: "application/json" },
    actor: options.actor,
    ownerId: owner.id,
    title: found.displayName,
    scope: "PRIVATE",
    lifecycle: "DRAFT",
    environmentId: options.environmentId,
    requestId: options.requestId,
    withinTransaction: async (tx, created) => {
      // Only a row still not catalogued is linked: a second adoption racing this one rolls back here.
      const own = await tx.inventoryConnector.updateMany({
        where: { id: found.id, catalogConnectorId: null, deletedAt: null },
        data: { catalogConnectorId: created.connector.id },
      });
      if (own.count !== 1) throw new AppError("CONFLICT", `${found.displayName} was adopted or removed by someone else meanwhile: reload the list.`);
      const copies = await tx.inventoryConnector.updateMany({
        where: {
          id: { not: found.id },
          catalogConnectorId: null,
          deletedAt: null,
          displayName: { equals: found.displayName, mode: "insensitive" },
          host: found.host === null ? null : { equals: found.host, mode: "insensitive" },
        },
        data: { catalogConnectorId: created.connector.id },
      });
      linked = 1 + copies.count;
      await recordAuditEvent(tx, {
        actor: options.actor,
        action: "inventory_connector.adopted",
        entityType: "Connector",
        entityId: created.connector.id,
        before: { inventoryConnectorId: found.id, environmentName: found.environmentName, name: found.name, displayName: found.displayName },
        after: { slug: created.connector.slug, ownerId: owner.id, owner: owner.displayName, linkedInventoryRows: linked },
        requestId: options.requestId,
      });
    },
  });
  return { ...result, linked };
}
