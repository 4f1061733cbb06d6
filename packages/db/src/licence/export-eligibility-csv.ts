import { stringify } from "csv-stringify/sync";
import type { EligibilityCsvRow } from "./check-eligibility-from-csv.ts";

const HEADER = ["line", "upn", "name", "outcome", "reason", "can use", "can create", "can share", "create reason", "share reason"];

const yesNo = (v: { allowed: boolean } | null) => (v === null ? "" : v.allowed ? "yes" : "no");

/** The bulk check's rows as CSV, one per line of the uploaded file; cells that would run as formulas are neutralised. */
export function exportEligibilityCsv(rows: readonly EligibilityCsvRow[]): string {
  const records = rows.map((r) => [
    String(r.line),
    r.upn,
    r.displayName ?? "",
    r.outcome,
    r.reason,
    yesNo(r.canUse),
    yesNo(r.canCreate),
    yesNo(r.canShare),
    r.canCreate?.reason ?? "",
    r.canShare?.reason ?? "",
  ]);
  // Names and values come from a file someone else wrote: = + - @, a tab or CR at the start gets a leading apostrophe.
  return stringify([HEADER, ...records], { escape_formulas: true });
}
