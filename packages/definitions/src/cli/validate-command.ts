import type { Command } from "commander";

// Placeholder: the validator work replaces this file.
export function registerValidateCommand(program: Command, _setExitCode: (code: number) => void): void {
  program.command("validate").description("Validate connector definitions (not implemented yet)");
}
