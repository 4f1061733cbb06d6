import { locateChange } from "./locate-change.ts";
import type { TDiffReportInput } from "./report-types.ts";

/** Human-readable report, in the result's order (breaking first), each with where to look and what to do. */
export function formatDiffText(input: TDiffReportInput): string {
  const { result } = input;
  const lines: string[] = [];
  for (const change of result.changes) {
    const { file, position } = locateChange(input, change);
    const where = position ? `${file}:${position.line}:${position.column}` : file;
    lines.push(
      `${change.kind === "breaking" ? "BREAKING" : "ok      "}  ${change.code}${change.operationId ? ` (${change.operationId})` : ""}  ${where} ${change.path || "/"}`,
    );
    lines.push(`          ${change.message}`);
  }
  for (const warning of result.warnings) lines.push(`warning   ${warning}`);
  const { breaking, nonBreaking } = result.summary;
  lines.push(
    result.changes.length === 0
      ? `No changes that flows or apps would notice between ${input.beforeName} and ${input.afterName}.`
      : `${breaking} breaking, ${nonBreaking} non-breaking change${nonBreaking === 1 ? "" : "s"} from ${input.beforeName} to ${input.afterName}.`,
  );
  return lines.join("\n") + "\n";
}
