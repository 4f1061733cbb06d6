import { existsSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { checkMcpTools } from "../agents/check-mcp-tools.ts";
import { readFileWithLimit } from "../convert/read-paconn-folder.ts";
import type { Finding } from "../types.ts";
import { formatJson } from "../report/format-json.ts";
import { formatSarif } from "../report/format-sarif.ts";
import { formatText } from "../report/format-text.ts";
import type { FileReport } from "../report/report-types.ts";
import { collectTargets } from "./collect-targets.ts";
import { validateTargets } from "./validate-targets.ts";
import { addPublishedMatches } from "./published-matches.ts";
import { preparePublishedIndex } from "../published/match-published-connectors.ts";
import { loadPublishedIndexFile } from "../published/published-index-file.ts";

interface ValidateFlags {
  format: "text" | "json" | "sarif";
  certification?: boolean;
  profile: "default" | "agent";
  tools?: string[];
  maxWarnings?: number;
  output?: string;
  color?: boolean;
  threads?: number;
  published?: boolean;
  publishedIndex?: string;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`--max-warnings takes a whole number of zero or more, not "${value}".`);
  return n;
}

function parseThreads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError(`--threads takes a whole number from 1 to 64, not "${value}".`);
  return n;
}

/** Shows where a long run is, on a terminal only, so piped output stays clean. */
function createProgress(total: number): { tick: (name: string) => void; done: () => void } {
  const isShown = process.stderr.isTTY === true && total > 10;
  let n = 0;
  return {
    tick: (name) => {
      n++;
      if (isShown) process.stderr.write(`\r\u001b[2KValidating ${n}/${total} ${name.slice(-60)}`);
    },
    done: () => {
      if (isShown) process.stderr.write("\r\u001b[2K");
    },
  };
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

export function registerValidateCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("validate")
    .description("Validate connector definitions: files (JSON or YAML), paconn folders or zips, folders holding connectors, or globs")
    .argument("<inputs...>", "files, folders or globs")
    .addOption(new Option("-f, --format <format>", "report format").choices(["text", "json", "sarif"]).default("text"))
    .option("--certification", "also apply the certification (Metadata) rules")
    .addOption(
      new Option("--profile <profile>", "agent: also check what Copilot Studio needs of the connector's operations as agent tools")
        .choices(["default", "agent"])
        .default("default"),
    )
    .option("--tools <files...>", "also check MCP tool lists (tools/list results, JSON) for Copilot Studio; implies --profile agent")
    .option("--max-warnings <n>", "exit with 1 when there are more warnings than this", parseCount)
    .option("-o, --output <file>", "write the report to a file instead of standard output")
    .option("--no-color", "plain text output")
    .option("--threads <n>", "threads validating at once, this one included (default: half the cores, at most 4, for 16 inputs or more)", parseThreads)
    .option("--published", "also look each definition up among the connectors Microsoft publishes (a note per match; matches in JSON)")
    .option("--published-index <file>", "index file to look up in (default: the one shipped with this package); implies --published")
    .addHelpText(
      "after",
      "\nExit codes: 0 no errors (and warnings within --max-warnings), 1 errors found, 2 bad usage or unreadable input.\nExamples:\n  connector-hub validate ./MyConnector\n  connector-hub validate ./MyMcpConnector --profile agent --tools tools.json\n  connector-hub validate '../shared/corpus/connectors' --format sarif -o results.sarif",
    )
    .action(async (inputs: string[], flags: ValidateFlags) => {
      const { targets, problems } = collectTargets(inputs);
      if (problems.length > 0) {
        for (const p of problems) process.stderr.write(`connector-hub: ${p}\n`);
        setExitCode(2);
        return;
      }
      const missingTools = (flags.tools ?? []).filter((path) => !existsSync(path));
      if (missingTools.length > 0) {
        for (const path of missingTools) process.stderr.write(`connector-hub: --tools ${path}: no such file. Give the JSON file of a tools/list result.\n`);
        setExitCode(2);
        return;
      }
      let publishedIndex: ReturnType<typeof preparePublishedIndex> | null = null;
      if (flags.published || flags.publishedIndex) {
        try {
          publishedIndex = preparePublishedIndex(loadPublishedIndexFile(flags.publishedIndex));
        } catch (error) {
          process.stderr.write(`connector-hub: cannot read the published index ${flags.publishedIndex ?? ""}: ${(error as Error).message}\n`);
          setExitCode(2);
          return;
        }
      }
      const progress = createProgress(targets.length);
      const reports: FileReport[] = [];
      const isAgent = flags.profile === "agent" || (flags.tools?.length ?? 0) > 0;
      const results = await validateTargets(targets, {
        certification: flags.certification === true,
        agent: isAgent,
        keepSource: publishedIndex !== null,
        threads: flags.threads,
        onDone: (target) => progress.tick(target.path),
      });
      for (const targetReports of results) {
        if (publishedIndex) addPublishedMatches(targetReports, publishedIndex);
        for (const report of targetReports) {
          const file = displayPath(report.file);
          reports.push({ ...report, file, findings: report.findings.map((f) => ({ ...f, file })) });
        }
      }
      progress.done();
      for (const path of flags.tools ?? []) {
        const file = displayPath(path);
        const problems: Finding[] = [];
        const bytes = readFileWithLimit(path, problems);
        const findings = bytes ? checkMcpTools({ tools: bytes, fileName: file }).findings : problems.map((f) => ({ ...f, file }));
        reports.push({ file, findings, source: bytes && findings.length > 0 ? new TextDecoder().decode(bytes) : undefined });
      }
      const isColor = flags.color !== false && flags.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
      const text = flags.format === "json" ? formatJson(reports) : flags.format === "sarif" ? formatSarif(reports) : formatText(reports, { color: isColor });
      if (flags.output) writeFileSync(flags.output, text);
      else process.stdout.write(text);
      const errors = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === "error").length, 0);
      const warnings = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === "warning").length, 0);
      if (errors > 0) setExitCode(1);
      else if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
        process.stderr.write(`connector-hub: ${warnings} warnings exceed --max-warnings ${flags.maxWarnings}.\n`);
        setExitCode(1);
      } else setExitCode(0);
    });
}
