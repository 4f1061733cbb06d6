import { canDecideRequest, canEditConnector, type DataSensitivity, type SharingScope } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { compareRequestVersions } from "./compare-request-versions.ts";
import { evaluateSharingRequest } from "./evaluate-sharing-request.ts";
import { supportDetailsOf, type SharingActor, type StoredTarget } from "./sharing-types.ts";

/**
 * A request with its connector, steps (reviewer, time, note), the shares it granted, and its gates and risk score
 * recomputed now, line by line. Visible to its requester, the connector's editors and administrators; to anyone
 * else it does not exist.
 */
export async function getSharingRequest(db: Db, id: string, actor: SharingActor) {
  const request = await db.sharingRequest.findUnique({
    where: { id },
    include: {
      connector: {
        include: { shares: true, sharedVersion: { select: { number: true } }, versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } } },
      },
      targetVersion: true,
      requester: { select: { id: true, displayName: true, upn: true } },
      decidedBy: { select: { id: true, displayName: true } },
      steps: { orderBy: { createdAt: "asc" }, include: { actor: { select: { id: true, displayName: true, upn: true } } } },
      shares: { include: { user: { select: { displayName: true } }, group: { select: { displayName: true } } } },
    },
  });
  const user = { id: actor.id, roles: actor.roles, groupIds: actor.groupIds ?? [] };
  if (!request || (request.requesterId !== actor.id && !canEditConnector({ connector: request.connector, user }).allowed)) {
    throw new AppError("NOT_FOUND", "There is no such sharing request, or it is not yours to see: check the link.");
  }
  const targets = (Array.isArray(request.targets) ? request.targets : []) as StoredTarget[];
  const [users, groups] = await Promise.all([
    db.user.findMany({ where: { id: { in: targets.filter((t) => t.type === "USER").map((t) => t.id) } }, select: { id: true, displayName: true } }),
    db.group.findMany({ where: { id: { in: targets.filter((t) => t.type === "GROUP").map((t) => t.id) } }, select: { id: true, displayName: true } }),
  ]);
  const names = new Map([...users, ...groups].map((p) => [p.id, p.displayName]));
  const supportDetails = supportDetailsOf(request);
  const evaluation = await evaluateSharingRequest(db, request.connector, request.targetVersion, {
    target: {
      scope: request.targetScope as SharingScope,
      users: targets.filter((t) => t.type === "USER").map((t) => ({ id: t.id, permission: t.permission })),
      groups: targets.filter((t) => t.type === "GROUP").map((t) => ({ id: t.id, permission: t.permission })),
    },
    supportDetails,
    secretHandling: request.secretHandling,
    riskAccepted: request.riskAccepted,
    dataSensitivity: request.dataSensitivity as DataSensitivity,
  });
  const sharedNumber = request.connector.sharedVersion?.number ?? null;
  const latestNumber = request.connector.versions[0]?.number ?? request.targetVersion.number;
  const earlier = request.steps.map((s) => s.versionNumber).filter((n): n is number => n !== null && n !== request.targetVersion.number);
  const comparisons = await compareRequestVersions(db, {
    connectorId: request.connectorId,
    requestedNumber: request.targetVersion.number,
    sharedNumber,
    previousRequestedNumber: earlier.at(-1) ?? null,
    latestNumber,
  });
  const { connector, targetVersion, ...rest } = request;
  return {
    ...rest,
    connector: {
      id: connector.id,
      slug: connector.slug,
      title: connector.title,
      scope: connector.scope,
      authType: connector.authType,
      hosting: connector.hosting,
      ownerId: connector.ownerId,
    },
    versionNumber: targetVersion.number,
    sharedVersionNumber: sharedNumber,
    latestVersionNumber: latestNumber,
    comparisons,
    /** The reviewer's last note when the request was sent back, shown to the maker above everything else. */
    changesRequestedNote: request.stage === "CHANGES_REQUESTED" ? ([...request.steps].reverse().find((s) => s.toStage === "CHANGES_REQUESTED") ?? null) : null,
    targets: targets.map((t) => ({ ...t, displayName: names.get(t.id) ?? t.id })),
    supportDetails,
    evaluation,
    canDecide: canDecideRequest({ request, user }).allowed,
    isRequester: request.requesterId === actor.id,
  };
}
