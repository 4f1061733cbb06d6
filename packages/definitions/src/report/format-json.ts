import type { TPublishedMatch } from "../published/match-published-connectors.ts";
import type { FileReport } from "./report-types.ts";

export interface JsonReport {
  files: {
    file: string;
    findings: { code: string; severity: string; message: string; path: string; line: number; column: number }[];
    published?: TPublishedMatch[];
  }[];
  summary: { files: number; errors: number; warnings: number };
}

/** Builds the stable JSON report that scripts rely on (see README for the shape). */
export function buildJsonReport(reports: FileReport[]): JsonReport {
  let errors = 0;
  let warnings = 0;
  const files = reports.map((r) => ({
    file: r.file,
    findings: r.findings.map((f) => {
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") warnings++;
      return { code: f.code, severity: f.severity, message: f.message, path: f.path, line: f.line, column: f.column };
    }),
    ...(r.published ? { published: r.published } : {}),
  }));
  return { files, summary: { files: reports.length, errors, warnings } };
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(buildJsonReport(reports), null, 2) + "\n";
}
