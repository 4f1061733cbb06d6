import type { LicencePlan } from "@connector-hub/governance";
import type { DbOrTx } from "../audit/record-audit-event.ts";

/** The plans as administrators keep them, in the shape the governance rules take. */
export async function loadLicencePlans(db: DbOrTx): Promise<LicencePlan[]> {
  const rows = await db.licencePlan.findMany({ orderBy: { key: "asc" } });
  return rows.map((p) => ({
    key: p.key,
    name: p.name,
    usage: p.usage,
    createLimit: p.createLimit,
    canShare: p.canShare,
    trialDays: p.trialDays,
    sellable: p.sellable,
    source: p.source,
  }));
}
