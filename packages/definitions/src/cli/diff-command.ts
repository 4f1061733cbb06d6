import type { Command } from "commander";

// Placeholder: the breaking-change work replaces this file.
export function registerDiffCommand(program: Command, _setExitCode: (code: number) => void): void {
  program.command("diff").description("Compare two connector definitions (not implemented yet)");
}
