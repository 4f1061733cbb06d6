import type { LicencePlan } from "@connector-hub/governance";
import type { DbOrTx } from "../audit/record-audit-event.ts";
import { licencePlanFields } from "./licence-plan-fields.ts";

/** The plans as administrators keep them, in the shape the governance rules take. */
export async function loadLicencePlans(db: DbOrTx): Promise<LicencePlan[]> {
  const rows = await db.licencePlan.findMany({ orderBy: { key: "asc" } });
  return rows.map(licencePlanFields);
}
