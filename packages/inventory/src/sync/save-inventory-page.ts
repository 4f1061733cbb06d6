import type { Db } from "@connector-hub/db";
import type { TDefinitionFacts } from "../parse/parse-connector.ts";
import type { TConnectorItem, TEnvironmentItem, TResourceItem, TResourceKind } from "../parse/types.ts";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** `fromImport`: an import (CoE export) may not carry the Dataverse address, so it keeps the one the sync read. */
export async function saveEnvironments(tx: Tx, runId: string, items: TEnvironmentItem[], options: { fromImport?: boolean } = {}): Promise<void> {
  if (!items.length) return;
  await tx.$executeRaw`
    INSERT INTO "InventoryEnvironment" ("name", "displayName", "sku", "isDefault", "region", "modifiedAt", "instanceUrl", "lastSeenRunId", "deletedAt", "syncedAt")
    SELECT n, d, s, def, r, m::timestamp(3), iu, ${runId}, NULL, now()
    FROM unnest(${items.map((i) => i.name)}::text[], ${items.map((i) => i.displayName)}::text[], ${items.map((i) => i.sku)}::text[],
                ${items.map((i) => i.isDefault)}::boolean[], ${items.map((i) => i.region)}::text[], ${items.map((i) => iso(i.modifiedAt))}::text[],
                ${items.map((i) => i.instanceUrl)}::text[])
      AS t(n, d, s, def, r, m, iu)
    ON CONFLICT ("name") DO UPDATE SET "displayName" = EXCLUDED."displayName", "sku" = EXCLUDED."sku", "isDefault" = EXCLUDED."isDefault",
      "region" = EXCLUDED."region", "modifiedAt" = EXCLUDED."modifiedAt",
      "instanceUrl" = CASE WHEN ${options.fromImport === true}::boolean THEN COALESCE(EXCLUDED."instanceUrl", "InventoryEnvironment"."instanceUrl") ELSE EXCLUDED."instanceUrl" END,
      "lastSeenRunId" = EXCLUDED."lastSeenRunId", "deletedAt" = NULL, "syncedAt" = now()`;
}

/** Stored modification times of the named items that are not deleted: an equal time means "unchanged, skip details". */
export async function readKnownVersions(
  db: Db | Tx,
  table: "connector" | TResourceKind,
  environmentName: string,
  names: string[],
): Promise<Map<string, number>> {
  if (!names.length) return new Map();
  const rows =
    table === "connector"
      ? await db.$queryRaw<{ name: string; modifiedAt: Date | null; hasDefinition: boolean }[]>`
          SELECT "name", "modifiedAt", ("definition" IS NOT NULL) AS "hasDefinition" FROM "InventoryConnector"
          WHERE "environmentName" = ${environmentName} AND "name" = ANY(${names}::text[]) AND "deletedAt" IS NULL`
      : await db.$queryRaw<{ name: string; modifiedAt: Date | null; hasDefinition: boolean }[]>`
          SELECT "name", "modifiedAt", true AS "hasDefinition" FROM "InventoryResource"
          WHERE "kind" = ${table}::"InventoryKind" AND "environmentName" = ${environmentName} AND "name" = ANY(${names}::text[]) AND "deletedAt" IS NULL`;
  return new Map(rows.filter((r) => r.modifiedAt && r.hasDefinition).map((r) => [r.name, r.modifiedAt!.getTime()]));
}

export interface ConnectorWrite {
  item: TConnectorItem;
  /** Undefined = unchanged since the last run: only marked as seen. */
  definition?: Record<string, unknown> | null;
  facts?: TDefinitionFacts;
}

export async function saveConnectors(tx: Tx, runId: string, environmentName: string, writes: ConnectorWrite[]): Promise<void> {
  const unchanged = writes.filter((w) => w.definition === undefined).map((w) => w.item.name);
  if (unchanged.length) {
    await tx.$executeRaw`UPDATE "InventoryConnector" SET "lastSeenRunId" = ${runId}
      WHERE "environmentName" = ${environmentName} AND "name" = ANY(${unchanged}::text[])`;
  }
  const changed = writes.filter((w) => w.definition !== undefined);
  for (const w of changed) {
    const data = {
      displayName: w.item.displayName,
      host: w.facts?.host ?? null,
      basePath: w.facts?.basePath ?? null,
      createdByOid: w.item.createdByOid,
      createdByName: w.item.createdByName,
      modifiedAt: w.item.modifiedAt,
      definition: (w.definition ?? undefined) as object | undefined,
      operationIds: w.facts?.operationIds ?? [],
      lastSeenRunId: runId,
      deletedAt: null,
    };
    await tx.inventoryConnector.upsert({
      where: { environmentName_name: { environmentName, name: w.item.name } },
      create: { environmentName, name: w.item.name, ...data },
      update: data,
    });
  }
}

/** Apps, flows or agents of one page: changed ones rewritten with their usages, unchanged ones (usages null) only marked seen. */
export async function saveResources(tx: Tx, runId: string, environmentName: string, kind: TResourceKind, items: TResourceItem[]): Promise<void> {
  const unchanged = items.filter((i) => i.usages === null).map((i) => i.name);
  if (unchanged.length) {
    await tx.$executeRaw`UPDATE "InventoryResource" SET "lastSeenRunId" = ${runId}, "deletedAt" = NULL
      WHERE "kind" = ${kind}::"InventoryKind" AND "environmentName" = ${environmentName} AND "name" = ANY(${unchanged}::text[])`;
  }
  const changed = items.filter((i) => i.usages !== null);
  if (!changed.length) return;
  const rows = await tx.$queryRaw<{ id: string; name: string }[]>`
    INSERT INTO "InventoryResource" ("id", "kind", "environmentName", "name", "displayName", "state", "ownerOid", "ownerName", "ownerEmail", "modifiedAt", "lastSeenRunId", "deletedAt")
    SELECT gen_random_uuid()::text, ${kind}::"InventoryKind", ${environmentName}, n, d, s, o, onm, oe, m::timestamp(3), ${runId}, NULL
    FROM unnest(${changed.map((i) => i.name)}::text[], ${changed.map((i) => i.displayName)}::text[], ${changed.map((i) => i.state)}::text[],
                ${changed.map((i) => i.ownerOid)}::text[], ${changed.map((i) => i.ownerName)}::text[], ${changed.map((i) => i.ownerEmail)}::text[],
                ${changed.map((i) => iso(i.modifiedAt))}::text[]) AS t(n, d, s, o, onm, oe, m)
    ON CONFLICT ("kind", "environmentName", "name") DO UPDATE SET "displayName" = EXCLUDED."displayName", "state" = EXCLUDED."state",
      "ownerOid" = EXCLUDED."ownerOid", "ownerName" = COALESCE(EXCLUDED."ownerName", "InventoryResource"."ownerName"),
      "ownerEmail" = COALESCE(EXCLUDED."ownerEmail", "InventoryResource"."ownerEmail"), "modifiedAt" = EXCLUDED."modifiedAt",
      "lastSeenRunId" = EXCLUDED."lastSeenRunId", "deletedAt" = NULL
    RETURNING "id", "name"`;
  const idOf = new Map(rows.map((r) => [r.name, r.id]));
  const ids = [...idOf.values()];
  await tx.$executeRaw`DELETE FROM "InventoryUsage" WHERE "resourceId" = ANY(${ids}::text[])`;
  const usages = changed.flatMap((i) => (i.usages ?? []).map((u) => ({ ...u, resourceId: idOf.get(i.name)! })));
  if (!usages.length) return;
  await tx.$executeRaw`
    INSERT INTO "InventoryUsage" ("id", "resourceId", "environmentName", "connectorName", "operationId", "actionName", "isTrigger")
    SELECT gen_random_uuid()::text, r, ${environmentName}, c, o, a, t
    FROM unnest(${usages.map((u) => u.resourceId)}::text[], ${usages.map((u) => u.connectorName)}::text[], ${usages.map((u) => u.operationId)}::text[],
                ${usages.map((u) => u.actionName)}::text[], ${usages.map((u) => u.isTrigger)}::boolean[]) AS x(r, c, o, a, t)`;
}

/** After a stream's last page: what this run did not see in that environment is gone upstream. */
export async function markUnseenDeleted(tx: Tx, runId: string, environmentName: string, stream: "connectors" | TResourceKind): Promise<number> {
  if (stream === "connectors") {
    return tx.$executeRaw`UPDATE "InventoryConnector" SET "deletedAt" = now()
      WHERE "environmentName" = ${environmentName} AND "lastSeenRunId" <> ${runId} AND "deletedAt" IS NULL`;
  }
  return tx.$executeRaw`UPDATE "InventoryResource" SET "deletedAt" = now()
    WHERE "kind" = ${stream}::"InventoryKind" AND "environmentName" = ${environmentName} AND "lastSeenRunId" <> ${runId} AND "deletedAt" IS NULL`;
}

/** Environments gone upstream take their connectors, apps and flows with them. */
export async function markEnvironmentsDeleted(tx: Tx, runId: string): Promise<void> {
  const gone = await tx.$queryRaw<{ name: string }[]>`UPDATE "InventoryEnvironment" SET "deletedAt" = now()
    WHERE "lastSeenRunId" <> ${runId} AND "deletedAt" IS NULL RETURNING "name"`;
  const names = gone.map((g) => g.name);
  if (!names.length) return;
  await tx.$executeRaw`UPDATE "InventoryConnector" SET "deletedAt" = now() WHERE "environmentName" = ANY(${names}::text[]) AND "deletedAt" IS NULL`;
  await tx.$executeRaw`UPDATE "InventoryResource" SET "deletedAt" = now() WHERE "environmentName" = ANY(${names}::text[]) AND "deletedAt" IS NULL`;
}

/**
 * Links inventory connectors to the catalog's: same host and title, else the only catalog connector on that host;
 * without a definition (a CoE import), the only catalog connector with that title. Adopted links are kept.
 */
export async function matchCatalogConnectors(db: Db | Tx): Promise<void> {
  await db.$executeRaw`
    UPDATE "InventoryConnector" ic SET "catalogConnectorId" = m.id
    FROM (
      SELECT DISTINCT ON (ic2.id) ic2.id AS icid, c.id
      FROM "InventoryConnector" ic2
      JOIN "Connector" c ON (ic2.host IS NOT NULL AND lower(c.host) = ic2.host) OR (ic2.host IS NULL AND lower(c.title) = lower(ic2."displayName"))
      WHERE ic2."catalogConnectorId" IS NULL
        AND CASE WHEN ic2.host IS NOT NULL
          THEN lower(c.title) = lower(ic2."displayName") OR (SELECT count(*) FROM "Connector" c2 WHERE lower(c2.host) = ic2.host) = 1
          ELSE (SELECT count(*) FROM "Connector" c2 WHERE lower(c2.title) = lower(ic2."displayName")) = 1 END
      ORDER BY ic2.id, (lower(c.title) = lower(ic2."displayName")) DESC, c."createdAt"
    ) m
    WHERE ic.id = m.icid`;
}
