import type { Db } from "../client.ts";

/** What a test call needs of a connector: who may read it, where it lives, and its current definition. */
export async function getTestTarget(db: Db, slug: string) {
  const connector = await db.connector.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, host: true, ownerId: true, scope: true, isSample: true, authType: true,
      shares: { where: { revokedAt: null } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, definition: true } },
    },
  });
  const version = connector?.versions[0];
  if (!connector || !version) return null;
  const { versions: _versions, ...rest } = connector;
  return { connector: rest, version: { id: version.id, number: version.number }, definition: version.definition as Record<string, unknown> };
}
