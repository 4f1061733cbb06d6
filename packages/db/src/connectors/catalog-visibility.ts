import { Prisma } from "../generated/prisma/client.ts";

/** Who is looking: the catalog only lists what they may read. */
export interface CatalogViewer {
  userId: string | null;
  groupIds: string[];
  isAdmin: boolean;
}

/**
 * SQL for "the viewer may read connector c", the set-based twin of governance's canReadConnector (which decides for
 * one connector; a property test over generated connectors, shares and viewers holds the two to the same answers):
 * administrators read all; anonymous callers PUBLIC connectors only; other people what the organization shares plus
 * their own and what is shared with them, their groups or the whole organization.
 */
export function catalogVisibility(viewer: CatalogViewer): Prisma.Sql {
  if (viewer.isAdmin) return Prisma.sql`TRUE`;
  if (!viewer.userId) return Prisma.sql`(c.scope = 'PUBLIC')`;
  // IN (uncorrelated subquery), not a correlated EXISTS: PostgreSQL reads the viewer's shares once into a hash
  // ("hashed SubPlan") instead of probing Share once per connector, 27 ms instead of 306 ms over 100,000 rows.
  return Prisma.sql`(c.scope IN ('ORGANIZATION', 'PUBLIC') OR c."ownerId" = ${viewer.userId} OR c.id IN (SELECT s."connectorId" FROM "Share" s WHERE s."revokedAt" IS NULL
        AND (s."principalType" = 'ORGANIZATION' OR (s."principalType" = 'USER' AND s."userId" = ${viewer.userId}) ${viewer.groupIds.length ? Prisma.sql`OR (s."principalType" = 'GROUP' AND s."groupId" IN (${Prisma.join(viewer.groupIds)}))` : Prisma.empty})))`;
}
