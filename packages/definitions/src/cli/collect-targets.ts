import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { globSync } from "tinyglobby";

export type Target = { kind: "folder"; path: string } | { kind: "file"; path: string } | { kind: "zip"; path: string };

export interface CollectResult {
  targets: Target[];
  /** Inputs that could not be read: usage problems, exit code 2. */
  problems: string[];
}

const SKIPPED_DIRS = new Set(["node_modules", ".git", ".turbo", "dist"]);
const MAX_SEARCH_DEPTH = 8;

function isConnectorFolder(dir: string): boolean {
  return existsSync(join(dir, "apiDefinition.swagger.json")) || existsSync(join(dir, "settings.json"));
}

function findConnectorFolders(dir: string, depth: number, out: Target[]): void {
  if (isConnectorFolder(dir)) {
    out.push({ kind: "folder", path: dir });
    return;
  }
  if (depth >= MAX_SEARCH_DEPTH) return;
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    if (SKIPPED_DIRS.has(name)) continue;
    const child = join(dir, name);
    try {
      if (statSync(child).isDirectory()) findConnectorFolders(child, depth + 1, out);
    } catch {
      // A broken link or an unreadable folder is not a connector; keep searching the rest.
    }
  }
}

function targetForPath(path: string, out: Target[], problems: string[]): void {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    const found: Target[] = [];
    findConnectorFolders(path, 0, found);
    if (found.length === 0) problems.push(`${path}: no connector folder (one holding apiDefinition.swagger.json) was found in this folder.`);
    out.push(...found);
  } else if (/\.zip$/i.test(path)) out.push({ kind: "zip", path });
  else if (basename(path) === "apiDefinition.swagger.json") out.push({ kind: "folder", path: dirname(path) });
  else out.push({ kind: "file", path });
}

/** Turns the command line's files, folders and globs into what to validate, in a stable order. */
export function collectTargets(inputs: string[]): CollectResult {
  const targets: Target[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    if (existsSync(input)) {
      targetForPath(input, targets, problems);
      continue;
    }
    if (/[*?[\]{}]/.test(input)) {
      const matches = globSync(input, { onlyFiles: false, expandDirectories: false }).sort();
      if (matches.length === 0) problems.push(`${input}: the pattern matches no file or folder.`);
      for (const match of matches) targetForPath(match, targets, problems);
      continue;
    }
    problems.push(`${input}: no such file or folder.`);
  }
  const seen = new Set<string>();
  return {
    targets: targets.filter((t) => {
      const key = `${t.kind}:${t.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    problems,
  };
}
