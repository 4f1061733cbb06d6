import { transitionSharingRequest } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { evaluateSharingRequest, type SharingEvaluation } from "./evaluate-sharing-request.ts";
import { findOpenSharingRequest } from "./find-open-sharing-request.ts";
import { insertSharingRequest } from "./insert-sharing-request.ts";
import { loadShareableConnector } from "./load-shareable-connector.ts";
import { postSharingWebhook } from "./post-sharing-webhook.ts";
import { ZSharingRequestInput, type SharingActor, type SharingNotifyOptions, type StoredTarget } from "./sharing-types.ts";

function alreadyOpen(open: NonNullable<Awaited<ReturnType<typeof findOpenSharingRequest>>>): AppError {
  return new AppError(
    "CONFLICT",
    `This connector already has an open sharing request (${open.id}, ${open.stage.toLowerCase().replaceAll("_", " ")}, asked by ${open.requester.displayName} on ${open.createdAt.toISOString().slice(0, 10)}): withdraw it or wait for its decision before asking again.`,
    { requestId: open.id, stage: open.stage },
  );
}

/**
 * A maker asks to share a connector version. Gates are computed; a failed blocking gate refuses the request with
 * every message that needs fixing. The request, its first step, the audit event and the administrators'
 * notifications are written together.
 */
export async function createSharingRequest(
  db: Db,
  options: { input: unknown; actor: SharingActor; requestId?: string | null; notify?: SharingNotifyOptions },
): Promise<{ request: { id: string; stage: string; version: number }; evaluation: SharingEvaluation }> {
  const input = ZSharingRequestInput.parse(options.input);
  const { connector, version } = await loadShareableConnector(db, input.connectorSlug, options.actor, input.versionNumber);
  const evaluation = await evaluateSharingRequest(db, connector, version, {
    target: input.target,
    supportDetails: input.supportDetails,
    secretHandling: input.secretHandling ?? null,
    riskAccepted: input.riskAccepted,
    dataSensitivity: input.dataSensitivity,
  });
  if (!evaluation.canSubmit) {
    const failing = evaluation.gates.filter((g) => g.blocking && !g.passed);
    throw new AppError("UNPROCESSABLE", `The request cannot be submitted yet: ${failing.map((g) => g.message).join(" ")}`, { gates: evaluation.gates });
  }
  const transition = transitionSharingRequest({ request: { stage: null, requesterId: options.actor.id, version: 0 }, action: "submit", actor: options.actor });
  if (!transition.ok) throw new AppError(transition.reason, transition.message, { rule: transition.code });
  const targets: StoredTarget[] = [
    ...(input.target.scope === "USERS" ? (input.target.users ?? []).map((u) => ({ type: "USER" as const, id: u.id, permission: u.permission })) : []),
    ...(input.target.scope === "USERS" ? (input.target.groups ?? []).map((g) => ({ type: "GROUP" as const, id: g.id, permission: g.permission })) : []),
  ];
  const admins = await db.user.findMany({ where: { roles: { has: "Hub.Admin" }, isActive: true, id: { not: options.actor.id } }, select: { id: true } });
  const message = `${options.actor.label} asks to share ${connector.title} (version ${version.number}) with ${input.target.scope === "USERS" ? `${targets.length} users or groups` : input.target.scope.toLowerCase()}.`;
  const change = await db
    .$transaction(async (tx) => {
      const open = await findOpenSharingRequest(tx, connector.id);
      if (open) throw alreadyOpen(open);
      const inserted = await insertSharingRequest(tx, {
        connector,
        version,
        requester: options.actor,
        auditAction: "sharing_request.submitted",
        fields: {
          targetScope: input.target.scope,
          targets,
          supportDetails: input.supportDetails,
          dataSensitivity: input.dataSensitivity,
          secretHandling: input.secretHandling ?? null,
          riskAccepted: input.riskAccepted,
          riskScore: evaluation.risk.score,
        },
        transition,
        note: null,
        notify: { userIds: admins.map((a) => a.id), message },
        requestId: options.requestId ?? null,
      });
      return { ...inserted.change, version: inserted.created.version };
    })
    .catch(async (error: unknown) => {
      // Another request was created between the check and the insert (on this instance or another): the partial unique
      // index SharingRequest_one_open_per_connector refused this one. Say which request is open.
      if ((error as { code?: string }).code !== "P2002") throw error;
      const open = await findOpenSharingRequest(db, connector.id);
      throw open ? alreadyOpen(open) : error;
    });
  const { version: requestVersion, ...announced } = change;
  void postSharingWebhook(announced, options.notify);
  return { request: { id: change.requestId, stage: change.stage, version: requestVersion }, evaluation };
}
