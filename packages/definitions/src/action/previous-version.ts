import { spawnSync } from "node:child_process";

/**
 * The file as it was at `ref` (the pull request's base), or undefined when it did not exist there (a new
 * connector) or the ref is unknown. Reads through git; never fetches.
 */
export function readPreviousVersion(repository: string, ref: string, path: string): string | undefined {
  if (!/^[\w./~^@{}-]+$/.test(ref)) return undefined;
  const result = spawnSync("git", ["show", `${ref}:${path.split("\\").join("/")}`], { cwd: repository, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** The base to compare with: the input, else the pull request's base branch, else the previous commit. */
export function chooseBaseRef(input: string | undefined, baseBranch: string | undefined): string {
  if (input && input.trim() !== "") return input.trim();
  if (baseBranch && baseBranch.trim() !== "") return `origin/${baseBranch.trim()}`;
  return "HEAD~1";
}
