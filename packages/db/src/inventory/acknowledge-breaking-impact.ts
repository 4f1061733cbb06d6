import type { TChange } from "@connector-hub/definitions";
import { AppError } from "../app-error.ts";
import type { DbOrTx } from "../audit/record-audit-event.ts";
import { notifyUsers } from "../notifications/notify-users.ts";
import { assessBreakingImpact } from "./assess-breaking-impact.ts";
import type { BreakingImpact } from "./inventory-types.ts";

export interface BreakingImpactGate {
  connector: { id: string; slug: string; title: string; scope: string; sharedVersionId: string | null };
  changes: readonly TChange[];
  /** The maker's acknowledgement: why shipping these breaking changes is right despite the flows they reach. */
  acknowledgement?: { reason: string } | undefined;
}

export interface AcknowledgedImpact {
  impacts: BreakingImpact[];
  /** Shared connectors: the version reaches the people it is shared with only through an administrator's sharing decision. */
  needsAdminApproval: boolean;
}

export const MIN_ACKNOWLEDGEMENT_LENGTH = 10;

/**
 * Before a version is stored: if its breaking changes reach flows in environments, the maker must acknowledge them
 * with a reason; without one the upload is refused with the impact (ACKNOWLEDGEMENT_REQUIRED), so nothing is written.
 */
export async function checkBreakingImpact(tx: DbOrTx, gate: BreakingImpactGate): Promise<AcknowledgedImpact> {
  const impacts = await assessBreakingImpact(tx, { connectorId: gate.connector.id, changes: gate.changes });
  const needsAdminApproval = gate.connector.scope !== "PRIVATE" && gate.connector.sharedVersionId !== null;
  if (!impacts.length) return { impacts, needsAdminApproval };
  const reason = gate.acknowledgement?.reason.trim() ?? "";
  if (!gate.acknowledgement) {
    throw new AppError(
      "ACKNOWLEDGEMENT_REQUIRED",
      `This version breaks flows in production: ${impacts.map((i) => i.summary).join("; ")}. Acknowledge the impact with a reason to save it, or keep the operations the flows call.`,
      {
        impacts: impacts.map(({ flows, ...rest }) => ({
          ...rest,
          flows: flows.map((f) => ({ name: f.name, displayName: f.displayName, environment: f.environmentDisplayName, owner: f.owner })),
        })),
      },
    );
  }
  if (reason.length < MIN_ACKNOWLEDGEMENT_LENGTH) {
    throw new AppError(
      "BAD_REQUEST",
      `Say why these breaking changes should ship (at least ${MIN_ACKNOWLEDGEMENT_LENGTH} characters); the reason goes into the audit log.`,
    );
  }
  return { impacts, needsAdminApproval };
}

/** After the version is stored, in the same transaction: the audit event with the reason, and the owners told. */
export async function recordBreakingImpact(
  tx: DbOrTx,
  options: { gate: BreakingImpactGate; checked: AcknowledgedImpact; version: number; actor: { id: string; label: string }; requestId?: string | undefined },
): Promise<void> {
  const { impacts } = options.checked;
  if (!impacts.length) return;
  const { connector } = options.gate;
  await tx.auditEvent.create({
    data: {
      actorId: options.actor.id,
      actorLabel: options.actor.label,
      action: "connector.breaking_impact_acknowledged",
      entityType: "Connector",
      entityId: connector.id,
      after: {
        version: options.version,
        reason: options.gate.acknowledgement?.reason.trim() ?? "",
        impacts: impacts.map((i) => i.summary),
        flows: [...new Set(impacts.flatMap((i) => i.flows.map((f) => f.name)))].length,
        needsAdminApproval: options.checked.needsAdminApproval,
      },
      requestId: options.requestId ?? null,
    },
  });
  // Each owner who uses the hub hears which of their flows the new version breaks.
  const perOwner = new Map<string, Set<string>>();
  for (const impact of impacts)
    for (const f of impact.flows) if (f.ownerUserId) perOwner.set(f.ownerUserId, (perOwner.get(f.ownerUserId) ?? new Set()).add(f.displayName));
  for (const [userId, flows] of perOwner) {
    const names = [...flows].sort();
    await notifyUsers(tx, {
      userIds: [userId],
      kind: "connector.breaking_impact",
      message: `${connector.title} version ${options.version} breaks ${names.length === 1 ? "your flow" : `${names.length} of your flows`}: ${names.slice(0, 5).join(", ")}${names.length > 5 ? "…" : ""}. ${impacts.map((i) => i.summary).join("; ")}.`,
      link: `/connectors/${connector.slug}`,
    });
  }
}
