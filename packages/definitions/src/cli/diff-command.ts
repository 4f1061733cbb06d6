import { Option, type Command } from "commander";
import { diffDefinitions } from "../diff/diff-definitions.ts";
import { formatDiffJson } from "../diff/format-diff-json.ts";
import { formatDiffSarif } from "../diff/format-diff-sarif.ts";
import { formatDiffText } from "../diff/format-diff-text.ts";
import { readDefinitionFile } from "../document/read-definition-file.ts";

type TFormat = "text" | "json" | "sarif";

/** `connector-hub diff <before> <after>`: exit 1 when something breaks, 2 when an input cannot be read. */
export function registerDiffCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("diff")
    .description("List what a new version of a connector definition breaks for flows and apps built on the old one")
    .argument("<before>", "the published definition (JSON or YAML file, or a paconn folder)")
    .argument("<after>", "the new definition")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "sarif"]).default("text"))
    .action(async (beforePath: string, afterPath: string, options: { format: TFormat }) => {
      try {
        await runDiff(beforePath, afterPath, options, setExitCode);
      } catch (error) {
        // Never a stack trace: one line, and the exit code of "could not be used".
        process.stderr.write(
          `error: cannot compare ${beforePath} and ${afterPath}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}. Check that both are OpenAPI 2.0 definitions; run "connector-hub validate" on them for details.\n`,
        );
        setExitCode(2);
      }
    });
}

async function runDiff(beforePath: string, afterPath: string, options: { format: TFormat }, setExitCode: (code: number) => void): Promise<void> {
  const [before, after] = await Promise.all([readDefinitionFile(beforePath), readDefinitionFile(afterPath)]);
  const problems = [before, after].flatMap((read) => (read.ok ? [] : [read.message]));
  if (!before.ok || !after.ok) {
    process.stderr.write(problems.map((p) => `error: ${p}\n`).join(""));
    setExitCode(2);
    return;
  }
  const result = diffDefinitions(before.document, after.document);
  // Positions come from the reader; they are computed only for the changes a report shows.
  const located = options.format === "json" ? {} : { locateBefore: before.parsed.locate, locateAfter: after.parsed.locate };
  const input = { result, beforeName: beforePath, afterName: afterPath, ...located };
  const output = options.format === "json" ? formatDiffJson(result) : options.format === "sarif" ? formatDiffSarif(input) : formatDiffText(input);
  if (!process.stdout.listeners("error").includes(ignoreClosedReader)) process.stdout.on("error", ignoreClosedReader);
  process.stdout.write(output);
  setExitCode(result.summary.breaking > 0 ? 1 : 0);
}

// `connector-hub diff a b | head` closes the pipe early; the reader has what it wanted.
function ignoreClosedReader(error: NodeJS.ErrnoException): void {
  if (error.code !== "EPIPE") process.stderr.write(`error: cannot write the report: ${error.message}\n`);
}
