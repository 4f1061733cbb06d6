import type { Db } from "../client.ts";

/** A connector's icon with what deciding who may see it needs (owner, scope, shares); null when the slug is unknown. */
export async function getConnectorIcon(db: Db, slug: string) {
  return db.connector.findUnique({
    where: { slug },
    select: { slug: true, ownerId: true, scope: true, shares: true, icon: true, updatedAt: true },
  });
}
