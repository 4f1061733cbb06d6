import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { globSync } from "tinyglobby";
import { diffDefinitions } from "../diff/diff-definitions.ts";
import { formatDiffSarif } from "../diff/format-diff-sarif.ts";
import type { TDiffResult } from "../diff/types.ts";
import { loadDefinition } from "../document/load-definition.ts";
import { formatSarif } from "../report/format-sarif.ts";
import type { FileReport } from "../report/report-types.ts";
import { validateConnector } from "../validate/validate-connector.ts";
import { askHubImpact, type THubImpact } from "./ask-hub-impact.ts";
import { chooseBaseRef, readPreviousVersion } from "./previous-version.ts";
import { annotation, findingAnnotation } from "./workflow-commands.ts";

/** The Action's inputs, as GitHub passes them (INPUT_<NAME> variables), plus the runner's own variables. */
export interface TActionEnvironment {
  [name: string]: string | undefined;
}

export interface TActionResult {
  exitCode: number;
  errors: number;
  warnings: number;
  breaking: number;
  files: string[];
  sarifFile: string;
  impact?: THubImpact;
}

const input = (env: TActionEnvironment, name: string) => env[`INPUT_${name.toUpperCase()}`]?.trim() ?? "";

/** Merges SARIF documents into one with a run each (validation, then one diff run per changed file). */
function mergeSarif(documents: string[]): string {
  const runs = documents.flatMap((d) => (JSON.parse(d) as { runs: unknown[] }).runs);
  return `${JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs }, null, 2)}\n`;
}

/**
 * The GitHub Action's work (action.yml runs it through bin/connector-hub-action.mjs): validate every connector
 * definition matched by `definitions`, compare each with its version at the base ref, print PR annotations,
 * write one SARIF file for code scanning, a job summary and the outputs, and optionally ask the hub which
 * operations in use the breaking changes touch. Exit 1 when errors or breaking changes reach `fail-on`.
 */
export async function runAction(env: TActionEnvironment, write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<TActionResult> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const patterns = (input(env, "definitions") || "**/apiDefinition.swagger.json")
    .split(/\r?\n|,/)
    .map((p) => p.trim())
    .filter(Boolean);
  const isCertification = input(env, "certification") === "true";
  const failOn = input(env, "fail-on") || "error";
  const sarifFile = input(env, "sarif-file") || "connector-hub.sarif";
  const baseRef = chooseBaseRef(input(env, "base-ref"), env.GITHUB_BASE_REF);
  const files = globSync(patterns, { cwd: workspace, ignore: ["**/node_modules/**", "**/.git/**"] }).sort();
  const reports: FileReport[] = [];
  const diffSarifs: string[] = [];
  const diffs: { file: string; result: TDiffResult }[] = [];
  for (const file of files) {
    const text = readFileSync(join(workspace, file), "utf8");
    const folder = join(workspace, file, "..");
    let apiProperties: string | undefined;
    try {
      apiProperties = readFileSync(join(folder, "apiProperties.json"), "utf8");
    } catch {
      apiProperties = undefined;
    }
    const propsName = relative(workspace, join(folder, "apiProperties.json"));
    const result = validateConnector({ definition: text, apiProperties, fileName: file, apiPropertiesFileName: propsName, certification: isCertification });
    reports.push({ file, findings: result.findings.filter((f) => f.file === file), source: text });
    if (apiProperties !== undefined) reports.push({ file: propsName, findings: result.findings.filter((f) => f.file !== file), source: apiProperties });
    for (const f of result.findings) write(findingAnnotation(f.file, f));
    const previous = readPreviousVersion(workspace, baseRef, file);
    if (previous === undefined) continue;
    const before = loadDefinition(previous, `${file}@${baseRef}`);
    const after = loadDefinition(text, file);
    if (!before.ok || !after.ok) continue;
    const diff = diffDefinitions(before.document, after.document);
    diffs.push({ file, result: diff });
    diffSarifs.push(formatDiffSarif({ result: diff, beforeName: file, afterName: file, locateBefore: before.parsed.locate, locateAfter: after.parsed.locate }));
    for (const change of diff.changes) {
      if (change.kind !== "breaking") continue;
      const at = after.parsed.locate(change.path);
      write(annotation("error", file, at.line, at.column, `Breaking: ${change.code}`, change.message));
    }
  }
  writeFileSync(join(workspace, sarifFile), mergeSarif([formatSarif(reports), ...diffSarifs]));
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.filter((f) => f.severity === "warning").length;
  const breaking = diffs.reduce((n, d) => n + d.result.summary.breaking, 0);
  let impact: THubImpact | undefined;
  const hubUrl = input(env, "hub-url");
  const token = input(env, "hub-token");
  const slug = input(env, "hub-connector");
  if (hubUrl && token && slug) {
    const touched = [
      ...new Set(diffs.flatMap((d) => d.result.changes.filter((c) => c.kind === "breaking" && c.operationId).map((c) => c.operationId as string))),
    ];
    impact = await askHubImpact({ hubUrl, token, slug, touchedOperations: touched });
  }
  const isFailing = failOn === "never" ? false : errors > 0 || breaking > 0 || (failOn === "warning" && warnings > 0);
  const summary = [
    "### Connector Hub",
    "",
    `${files.length} definition${files.length === 1 ? "" : "s"} checked${isCertification ? " (certification rules)" : ""}: ${errors} errors, ${warnings} warnings; ${breaking} breaking change${breaking === 1 ? "" : "s"} against ${baseRef}.`,
    ...diffs
      .filter((d) => d.result.changes.length > 0)
      .map((d) => `- \`${d.file}\`: ${d.result.summary.breaking} breaking, ${d.result.summary.nonBreaking} other changes`),
    ...(impact
      ? [
          impact.problem
            ? `Usage impact: not known, ${impact.problem}.`
            : `Usage impact in the hub (${impact.slug}, shared as ${impact.sharingScope ?? "?"}, version ${impact.sharedVersion ?? "none"} in use): ${impact.affectedOperations.length > 0 ? `breaking changes touch ${impact.affectedOperations.join(", ")}` : "no operation in use is touched"}.`,
        ]
      : []),
    "",
  ].join("\n");
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${summary}\n`);
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `errors=${errors}\nwarnings=${warnings}\nbreaking=${breaking}\nsarif-file=${sarifFile}\n`);
  write(summary);
  if (files.length === 0)
    write(
      annotation(
        "warning",
        ".",
        1,
        1,
        "No definitions",
        `No file matches ${patterns.join(", ")}; set the definitions input to your connectors' apiDefinition.swagger.json files.`,
      ),
    );
  return { exitCode: isFailing ? 1 : 0, errors, warnings, breaking, files, sarifFile, ...(impact ? { impact } : {}) };
}
