import { formatSarifLog } from "../report/sarif-log.ts";
import { CHANGE_CODES } from "./change-codes.ts";
import { locateChange } from "./locate-change.ts";
import type { TDiffReportInput } from "./report-types.ts";
import type { TChangeCode } from "./types.ts";

const levelOf = (code: TChangeCode) => (CHANGE_CODES[code].kind === "breaking" ? "error" : "note");

/** SARIF 2.1.0, so code-scanning UIs show breaking changes as errors on the right line. */
export function formatDiffSarif(input: TDiffReportInput): string {
  const used = [...new Set(input.result.changes.map((c) => c.code))].sort();
  const results = input.result.changes.map((change) => {
    const { file, position } = locateChange(input, change);
    return {
      ruleId: change.code,
      level: levelOf(change.code),
      message: { text: change.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file },
            ...(position ? { region: { startLine: position.line, startColumn: position.column } } : {}),
          },
          logicalLocations: [{ fullyQualifiedName: change.path || "/", kind: "member" }],
        },
      ],
      properties: { kind: change.kind, ...(change.operationId ? { operationId: change.operationId } : {}) },
    };
  });
  return formatSarifLog(
    {
      name: "connector-hub diff",
      rules: used.map((code) => ({
        id: code,
        shortDescription: { text: CHANGE_CODES[code].summary },
        defaultConfiguration: { level: levelOf(code) },
        properties: { kind: CHANGE_CODES[code].kind },
      })),
    },
    results,
  );
}
