import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { MAX_INPUT_BYTES } from "../parse/decode-input.ts";
import type { Finding } from "../types.ts";
import { checkPaconnIcon, DEFAULT_PACONN_NAMES, paconnFinding, type PaconnFiles, type PaconnReadResult } from "./paconn-types.ts";

const ROLES = ["definition", "apiProperties", "icon", "script", "settings"] as const;
const SETTINGS_KEYS = { definition: "apiDefinition", apiProperties: "apiProperties", icon: "icon", script: "script" } as const;

/** Reads a file unless it is above the size limit, which is checked before reading (a 50 MB file is never loaded). */
export function readFileWithLimit(path: string, findings: Finding[]): Uint8Array | undefined {
  const size = statSync(path).size;
  if (size > MAX_INPUT_BYTES) {
    findings.push(
      paconnFinding(
        "FileTooLarge",
        `The file is ${(size / 1048576).toFixed(1)} MB; files above ${MAX_INPUT_BYTES / 1048576} MB are refused without being read (the platform's limit is 1 MB).`,
        path,
      ),
    );
    return undefined;
  }
  return readFileSync(path);
}

function settingsNames(dir: string): Partial<Record<keyof typeof SETTINGS_KEYS, string>> {
  const path = join(dir, DEFAULT_PACONN_NAMES.settings);
  if (!existsSync(path)) return {};
  try {
    const settings = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, "")) as Record<string, unknown>;
    const out: Partial<Record<keyof typeof SETTINGS_KEYS, string>> = {};
    for (const [role, key] of Object.entries(SETTINGS_KEYS) as [keyof typeof SETTINGS_KEYS, string][]) {
      const value = settings[key];
      if (typeof value === "string" && value !== "" && !value.includes("..")) out[role] = value;
    }
    return out;
  } catch {
    return {};
  }
}

/** Reads a paconn connector folder, following settings.json's file names when it gives them. */
export function readPaconnFolder(dir: string): PaconnReadResult {
  const findings: Finding[] = [];
  const custom = settingsNames(dir);
  const names = { ...DEFAULT_PACONN_NAMES };
  const files: PaconnFiles = { names };
  for (const role of ROLES) {
    const name = (role !== "settings" ? custom[role] : undefined) ?? DEFAULT_PACONN_NAMES[role];
    const path = join(dir, name);
    names[role] = path;
    if (existsSync(path) && statSync(path).isFile()) files[role] = readFileWithLimit(path, findings);
  }
  if (!files.definition && findings.length === 0) {
    findings.push(
      paconnFinding(
        "PaconnDefinitionMissing",
        `The folder has no ${custom.definition ?? DEFAULT_PACONN_NAMES.definition}. Add the connector's definition file.`,
        dir,
      ),
    );
  }
  checkPaconnIcon(files, findings);
  return { files, findings };
}
