import { ZLicencePlan } from "@connector-hub/governance";
import type { Db } from "../client.ts";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event.ts";
import { licencePlanFields } from "./licence-plan-fields.ts";

export interface SaveLicencePlanOptions {
  plan: unknown;
  actor: AuditActor;
  requestId?: string | null;
}

const snapshot = licencePlanFields;

/** Creates or edits a licence plan (by key) and audits the change with before and after; the caller checks the role. */
export async function saveLicencePlan(db: Db, options: SaveLicencePlanOptions) {
  const plan = ZLicencePlan.parse(options.plan);
  return db.$transaction(async (tx) => {
    const before = await tx.licencePlan.findUnique({ where: { key: plan.key } });
    const data = snapshot(plan);
    const saved = before ? await tx.licencePlan.update({ where: { key: plan.key }, data }) : await tx.licencePlan.create({ data });
    await recordAuditEvent(tx, {
      actor: options.actor,
      action: before ? "licence_plan.updated" : "licence_plan.created",
      entityType: "LicencePlan",
      entityId: saved.id,
      before: before ? snapshot(before) : null,
      after: data,
      requestId: options.requestId ?? null,
    });
    return saved;
  });
}
