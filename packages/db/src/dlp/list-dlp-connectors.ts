import type { DlpConnector } from "@connector-hub/governance";
import type { Db } from "../client.ts";
import { Prisma } from "../generated/prisma/client.ts";

export type DlpConnectorRow = DlpConnector & { environmentId: string; slug: string };

/**
 * Connectors in the shape DLP classification reads. The scheme comes from the current definition's `schemes`:
 * https whenever it is offered, http only when it is the sole scheme.
 */
export async function listDlpConnectors(db: Db, where: { ids?: string[]; slug?: string } = {}): Promise<DlpConnectorRow[]> {
  const filter = where.ids
    ? Prisma.sql`WHERE c.id IN (${Prisma.join(where.ids.length ? where.ids : [""])})`
    : where.slug !== undefined
      ? Prisma.sql`WHERE c.slug = ${where.slug}`
      : Prisma.empty;
  return db.$queryRaw<DlpConnectorRow[]>`
    SELECT c.id, c.slug, c.title AS name, c.host, c."basePath", c."environmentId",
      CASE WHEN v.schemes @> '["https"]'::jsonb THEN 'https' WHEN v.schemes @> '["http"]'::jsonb THEN 'http' ELSE 'https' END AS scheme
    FROM "Connector" c
    LEFT JOIN LATERAL (
      SELECT cv.definition->'schemes' AS schemes FROM "ConnectorVersion" cv WHERE cv."connectorId" = c.id ORDER BY cv.number DESC LIMIT 1
    ) v ON TRUE
    ${filter}`;
}
