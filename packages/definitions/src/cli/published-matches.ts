// `validate --published`: after validation, each definition is looked up in the index of the connectors Microsoft
// publishes (the shipped file, or --published-index), in memory: the CLI needs no hub and no database.
import { basename, dirname, join } from "node:path";
import { parseDefinition } from "../parse/parse-definition.ts";
import { matchPublishedConnectors, type TPreparedIndex, type TPublishedMatch } from "../published/match-published-connectors.ts";
import { PUBLISHED_MATCH_CODE } from "../published/types.ts";
import type { FileReport } from "../report/report-types.ts";
import { summarizeDefinition } from "../summary/summarize-definition.ts";

function describeMatch(m: TPublishedMatch): string {
  const who = [m.kind, m.publisher].filter(Boolean).join(", ");
  return `"${m.title}" (${who}): ${m.reasons.map((r) => r.message.charAt(0).toLowerCase() + r.message.slice(1).replace(/\.$/, "")).join("; ")}. ${m.url}`;
}

function documentOf(report: FileReport): Record<string, unknown> | null {
  if (report.source === undefined) return null;
  const doc = parseDefinition(report.source, { fileName: report.file }).document;
  return doc && typeof doc === "object" && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
}

/** Adds `published` (the matches, best first) to each definition's report, and a note when there are any. */
export function addPublishedMatches(reports: FileReport[], index: TPreparedIndex): void {
  const byFile = new Map(reports.map((r) => [r.file, r]));
  for (const report of reports) {
    const definition = documentOf(report);
    if (!definition || typeof definition.swagger !== "string") continue;
    const properties = byFile.get(join(dirname(report.file), "apiProperties.json"));
    const apiProperties = properties && basename(report.file) !== "apiProperties.json" ? documentOf(properties) : null;
    const s = summarizeDefinition(definition, apiProperties ?? undefined);
    const matches = matchPublishedConnectors(index, { host: s.host, title: s.title, publisher: s.publisher, basePath: s.basePath, operations: s.operations });
    report.published = matches;
    const best = matches[0];
    if (!best) continue;
    const parsed = parseDefinition(report.source!, { fileName: report.file });
    const at = parsed.locate("/host");
    const more =
      matches.length > 1
        ? ` ${matches.length - 1} more: ${matches
            .slice(1)
            .map((m) => `"${m.title}"`)
            .join(", ")}.`
        : "";
    report.findings.push({
      code: PUBLISHED_MATCH_CODE,
      severity: "info",
      message: `Microsoft's repository already publishes a connector for this API: ${describeMatch(best)}${more} Use it, or record why a new one is needed.`,
      path: "/host",
      line: at.line,
      column: at.column,
      file: report.file,
    });
  }
}
