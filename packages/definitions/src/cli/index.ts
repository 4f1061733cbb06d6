import { Command } from "commander";
import { registerCertifyCommand } from "./certify-command.ts";
import { registerConvertCommand } from "./convert-command.ts";
import { registerDiffCommand } from "./diff-command.ts";
import { registerPublicIndexCommand } from "./public-index-command.ts";
import { registerSyncCommand } from "./sync-command.ts";
import { registerValidateCommand } from "./validate-command.ts";

/** Runs the CLI and resolves to the process exit code (0 clean, 1 findings/breaking, 2 bad usage). */
export async function main(argv: string[]): Promise<number> {
  const program = new Command("connector-hub").description("Validate and compare Power Platform custom connector definitions").exitOverride();
  let exitCode = 0;
  const setExitCode = (code: number) => {
    exitCode = code;
  };
  registerValidateCommand(program, setExitCode);
  registerDiffCommand(program, setExitCode);
  registerConvertCommand(program, setExitCode);
  registerCertifyCommand(program, setExitCode);
  registerPublicIndexCommand(program, setExitCode);
  registerSyncCommand(program, setExitCode);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    if (typeof code === "number") return code === 0 ? 0 : 2;
    throw error;
  }
  return exitCode;
}
