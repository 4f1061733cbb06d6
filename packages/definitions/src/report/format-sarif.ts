import { RULES } from "../rules/index.ts";
import { PUBLISHED_MATCH_CODE, PUBLISHED_MATCH_DESCRIPTION } from "../published/types.ts";
import type { FileReport } from "./report-types.ts";
import { formatSarifLog } from "./sarif-log.ts";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;
const HELP_URI = "https://learn.microsoft.com/connectors/custom-connectors/certification-swagger-validator-rules";

/** Normalises a file path into the relative, forward-slash URI that GitHub code scanning matches to the repository. */
function toUri(file: string): string {
  return file.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map(encodeURIComponent).join("/");
}

/** SARIF 2.1.0, so GitHub code scanning shows each finding inline on the definition. */
export function formatSarif(reports: FileReport[], toolVersion = "0.1.0"): string {
  const used = new Set(reports.flatMap((r) => r.findings.map((f) => f.code)));
  const rules = RULES.filter((r) => used.has(r.id));
  // `validate --published` adds a note of its own that no validation rule raises.
  const published = used.has(PUBLISHED_MATCH_CODE)
    ? [
        {
          id: PUBLISHED_MATCH_CODE,
          name: PUBLISHED_MATCH_CODE,
          shortDescription: { text: PUBLISHED_MATCH_DESCRIPTION },
          defaultConfiguration: { level: "note" },
          properties: { group: "Published", origin: "hub", ownCode: true, certificationOnly: false },
        },
      ]
    : [];
  // Every result points at its rule by index as well as id (the published note's rule comes after the table's).
  const index = new Map([...rules.map((r) => r.id), ...published.map((p) => p.id)].map((id, i) => [id, i]));
  return formatSarifLog(
    {
      name: "connector-hub",
      version: toolVersion,
      informationUri: "https://github.com/connector-hub/connector-hub",
      rules: [
        ...rules.map((r) => ({
          id: r.id,
          name: r.id,
          shortDescription: { text: r.description },
          defaultConfiguration: { level: LEVEL[r.severity] },
          ...(r.origin === "microsoft" ? { helpUri: HELP_URI } : {}),
          // ownCode: the code is Connector Hub's own; Microsoft's validator publishes none for this check.
          properties: {
            group: r.group,
            origin: r.origin,
            ownCode: r.origin === "hub",
            certificationOnly: r.isCertificationOnly === true,
            agentOnly: r.isAgentOnly === true,
          },
        })),
        ...published,
      ],
    },
    reports.flatMap((report) =>
      report.findings.map((f) => ({
        ruleId: f.code,
        ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: toUri(report.file) }, region: { startLine: f.line, startColumn: f.column } },
            ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: "member" }] } : {}),
          },
        ],
      })),
    ),
  );
}
