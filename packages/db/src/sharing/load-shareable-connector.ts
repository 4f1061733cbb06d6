import { canEditConnector, canReadConnector } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import type { SharingActor } from "./sharing-types.ts";

/** Loads the connector and version a request is about, refusing what the actor may not share. */
export async function loadShareableConnector(db: Db, slug: string, actor: SharingActor, versionNumber?: number) {
  const connector = await db.connector.findUnique({
    where: { slug },
    include: { shares: true, versions: { orderBy: { number: "desc" }, ...(versionNumber ? { where: { number: versionNumber } } : { take: 1 }) } },
  });
  // A connector the actor may not read does not exist for them: the same answer as for an unknown slug.
  if (!connector || !canReadConnector(connector, { userId: actor.id, roles: actor.roles, groupIds: actor.groupIds ?? [] }).allowed) {
    throw new AppError("NOT_FOUND", `There is no connector "${slug}": check the address.`);
  }
  const access = canEditConnector({ connector, user: { id: actor.id, roles: actor.roles, groupIds: actor.groupIds ?? [] } });
  if (!access.allowed) throw new AppError("FORBIDDEN", `Only the connector's owner or a co-owner can request sharing. ${access.reason}`);
  const version = connector.versions[0];
  if (!version)
    throw new AppError(
      "NOT_FOUND",
      versionNumber ? `The connector has no version ${versionNumber}: pick one it has.` : "The connector has no version yet: upload a definition first.",
    );
  return { connector, version };
}
