import type { EligibilityVerdict, UsageContext } from "@connector-hub/governance";
import type { Db } from "../client.ts";
import { checkEligibilityForUsers, type EligibilityReport } from "./check-eligibility-for-users.ts";
import { parseUpnCsv, type RejectedCsvRow } from "./parse-upn-csv.ts";

export interface CheckEligibilityFromCsvOptions {
  connector: { id?: string; slug?: string };
  csv: string;
  context?: UsageContext;
  now?: Date;
}

export type CsvRowOutcome = "eligible" | "not eligible" | "unknown user" | "unreadable" | "duplicate";

/** One line of the file and what the check found for it: every line that is not blank gets one. */
export interface EligibilityCsvRow {
  line: number;
  /** The value read from the line (the UPN, or the text that could not be read). */
  upn: string;
  displayName: string | null;
  outcome: CsvRowOutcome;
  /** Why, in words an administrator can act on: the use verdict's reason, or what is wrong with the line. */
  reason: string;
  canUse: EligibilityVerdict | null;
  canCreate: EligibilityVerdict | null;
  canShare: EligibilityVerdict | null;
}

export interface EligibilityCsvReport extends EligibilityReport {
  rows: EligibilityCsvRow[];
  rejectedRows: RejectedCsvRow[];
}

const unknownReason = "No active user has this user principal name: check its spelling, or that the person has signed in to the hub.";

/** The bulk check of an uploaded CSV: bad lines reported by number, every other line checked, one row per line in file order. */
export async function checkEligibilityFromCsv(db: Db, options: CheckEligibilityFromCsvOptions): Promise<EligibilityCsvReport> {
  const parsed = parseUpnCsv(options.csv);
  const report = await checkEligibilityForUsers(db, {
    connector: options.connector,
    upns: parsed.rows.map((r) => r.upn),
    // The person's name stands beside each reason, so the reasons speak about them, not to the administrator.
    voice: "other",
    ...(options.context ? { context: options.context } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const byUpn = new Map(report.results.map((r) => [r.upn.toLowerCase(), r]));
  const firstLine = new Map<string, number>();
  const rows: EligibilityCsvRow[] = [];
  for (const row of parsed.rows) {
    const key = row.upn.toLowerCase();
    const seen = firstLine.get(key);
    const verdict = byUpn.get(key);
    const base = { line: row.line, upn: row.upn, displayName: verdict?.displayName ?? null, canUse: null, canCreate: null, canShare: null };
    if (seen !== undefined) {
      rows.push({ ...base, outcome: "duplicate", reason: `The same person as line ${seen}; checked once.` });
      continue;
    }
    firstLine.set(key, row.line);
    if (!verdict) {
      rows.push({ ...base, outcome: "unknown user", reason: unknownReason });
      continue;
    }
    rows.push({
      ...base,
      outcome: verdict.canUse.allowed ? "eligible" : "not eligible",
      reason: verdict.canUse.reason,
      canUse: verdict.canUse,
      canCreate: verdict.canCreate,
      canShare: verdict.canShare,
    });
  }
  for (const bad of parsed.rejected) {
    rows.push({
      line: bad.line,
      upn: bad.value,
      displayName: null,
      outcome: "unreadable",
      reason: `Line ${bad.line}: ${bad.problem}`,
      canUse: null,
      canCreate: null,
      canShare: null,
    });
  }
  rows.sort((a, b) => a.line - b.line);
  return { ...report, rows, rejectedRows: parsed.rejected };
}
