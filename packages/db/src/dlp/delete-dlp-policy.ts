import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { getDlpPolicy } from "./list-dlp-policies.ts";
import { invalidateGovernanceSnapshot } from "../dashboard/read-governance-dashboard.ts";
import { refreshDlpFacts } from "./refresh-dlp-facts.ts";

/** Deletes a policy (never the default tenant policy, which every unscoped connector falls back on), audited. */
export async function deleteDlpPolicy(db: Db, options: { id: string; actor: { id: string | null; label: string }; requestId?: string | null }) {
  const policy = await getDlpPolicy(db, options.id);
  if (policy.isDefault) throw new AppError("CONFLICT", "The default tenant policy cannot be deleted; edit its patterns instead.");
  await db.$transaction([
    db.dlpPolicy.delete({ where: { id: policy.id } }),
    db.auditEvent.create({
      data: {
        actorId: options.actor.id,
        actorLabel: options.actor.label,
        action: "dlp.policy.deleted",
        entityType: "DlpPolicy",
        entityId: policy.id,
        before: { name: policy.name, scope: policy.scope, patterns: policy.patterns },
        requestId: options.requestId ?? null,
      },
    }),
  ]);
  await refreshDlpFacts(db);
  await invalidateGovernanceSnapshot(db);
}
