// The counts behind `npm test`'s last line, read from the vitest and Playwright JSON reports.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Test files (or Playwright runs) that failed without a failing test: they did not load, or a hook failed. */
  brokenSuites: string[];
}

export function countResults(files: string[], root: string): Counts {
  const total: Counts = { passed: 0, failed: 0, skipped: 0, brokenSuites: [] };
  for (const file of files) {
    if (!existsSync(file)) continue;
    let report: Record<string, unknown>;
    try {
      report = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch {
      total.brokenSuites.push(`${path.relative(root, file)} (unreadable report)`);
      continue;
    }
    if ("numPassedTests" in report) {
      total.passed += Number(report.numPassedTests);
      total.failed += Number(report.numFailedTests);
      total.skipped += Number(report.numPendingTests) + Number(report.numTodoTests ?? 0);
      const suites = (report.testResults ?? []) as Array<{ name: string; status: string; assertionResults?: Array<{ status: string }> }>;
      for (const suite of suites) {
        if (suite.status === "failed" && !(suite.assertionResults ?? []).some((a) => a.status === "failed"))
          total.brokenSuites.push(path.relative(root, suite.name));
      }
    } else {
      const stats = report.stats as { expected: number; unexpected: number; skipped: number; flaky: number };
      total.passed += stats.expected + stats.flaky;
      total.failed += stats.unexpected;
      total.skipped += stats.skipped;
      const errors = (report.errors ?? []) as unknown[];
      if (errors.length && !stats.unexpected)
        total.brokenSuites.push(`${path.relative(root, file)} (${errors.length} error${errors.length === 1 ? "" : "s"} outside the tests)`);
    }
  }
  return total;
}
