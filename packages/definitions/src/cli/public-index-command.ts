import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { buildPublishedIndex } from "../published/build-published-index.ts";

interface BuildFlags {
  output?: string;
  commit?: string;
  date?: string;
}

/** `connector-hub public-index build <clone>`: a new index of the connectors Microsoft publishes, from a local clone. */
export function registerPublicIndexCommand(program: Command, setExitCode: (code: number) => void): void {
  const group = program.command("public-index").description("The index of the connectors Microsoft publishes in microsoft/PowerPlatformConnectors");
  group
    .command("build")
    .description("Write an index from a local clone of microsoft/PowerPlatformConnectors (certified and independent-publisher connectors)")
    .argument("<clone>", "folder of the clone")
    .option("-o, --output <file>", "write the index to a file instead of standard output")
    .option("--commit <sha>", "the commit to record (default: the clone's HEAD)")
    .option("--date <yyyy-mm-dd>", "the commit's date to record (default: the clone's HEAD's)")
    .addHelpText(
      "after",
      "\nExample:\n  git clone --depth 1 https://github.com/microsoft/PowerPlatformConnectors\n  connector-hub public-index build PowerPlatformConnectors -o index.json",
    )
    .action((clone: string, flags: BuildFlags) => {
      if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) {
        process.stderr.write(`connector-hub: --date takes YYYY-MM-DD, not "${flags.date}".\n`);
        setExitCode(2);
        return;
      }
      let index;
      try {
        index = buildPublishedIndex(clone, { commit: flags.commit, date: flags.date });
      } catch (error) {
        process.stderr.write(`connector-hub: ${(error as Error).message}\n`);
        setExitCode(2);
        return;
      }
      const text = JSON.stringify(index) + "\n";
      if (flags.output) writeFileSync(flags.output, text);
      else process.stdout.write(text);
      const certified = index.connectors.filter((c) => c.kind === "certified").length;
      const operations = index.connectors.reduce((n, c) => n + c.operations.length, 0);
      process.stderr.write(
        `Indexed ${index.count} connectors (${certified} certified, ${index.count - certified} independent publisher), ${operations} operations, at ${index.commit.slice(0, 12)} (${index.date}); ${index.unreadable} unreadable left out.\n`,
      );
      setExitCode(0);
    });
}
