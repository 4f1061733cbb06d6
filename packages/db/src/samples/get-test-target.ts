import { summarizeDefinition } from "@connector-hub/definitions/summary";
import { canEditConnector, canReadConnector, pickReaderVersion, type ReadViewer } from "@connector-hub/governance";
import type { Db } from "../client.ts";

export interface GetTestTargetOptions {
  /**
   * Who tests (null: anonymous). Given, the target is null when they may not read the connector, and its version is
   * the one governance shows them: the approved (shared) version to people it is shared with, the newest to editors.
   * Left out, the newest version.
   */
  viewer?: ReadViewer | null;
}

const versionSelect = { id: true, number: true, definition: true } as const;

/** What a test call needs of a connector: who may read it, where it lives, and the definition of the version tested. */
export async function getTestTarget(db: Db, slug: string, options: GetTestTargetOptions = {}) {
  const connector = await db.connector.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      host: true,
      ownerId: true,
      scope: true,
      isSample: true,
      authType: true,
      shares: { where: { revokedAt: null } },
      sharedVersion: { select: versionSelect },
      versions: { orderBy: { number: "desc" }, take: 1, select: versionSelect },
    },
  });
  const latest = connector?.versions[0];
  if (!connector || !latest) return null;
  const { versions: _versions, sharedVersion, ...rest } = connector;
  let version = latest;
  if (options.viewer !== undefined) {
    const viewer = options.viewer;
    if (!canReadConnector(rest, viewer).allowed) return null;
    const canEdit = viewer
      ? canEditConnector({ connector: rest, user: { id: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds ?? [] } }).allowed
      : false;
    const shown = pickReaderVersion({ canEdit, latestNumber: latest.number, sharedNumber: sharedVersion?.number ?? null });
    if (sharedVersion && shown === sharedVersion.number) version = sharedVersion;
  }
  const definition = version.definition as Record<string, unknown>;
  // The host and sign-in of the version tested, not the connector row's (which follows the newest upload).
  const summary = summarizeDefinition(definition);
  return {
    connector: { ...rest, host: summary.host || rest.host, authType: rest.authType === "WINDOWS" ? rest.authType : summary.authType },
    version: { id: version.id, number: version.number, latestNumber: latest.number },
    definition,
  };
}
