import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import type { TJsonValue } from "../types.ts";
import { createApiProperties } from "./create-api-properties.ts";
import { DEFAULT_PACONN_NAMES } from "./paconn-types.ts";

export interface PaconnExport {
  /** The definition, as an object (written as indented JSON) or as text kept byte for byte. */
  definition: object | string;
  apiProperties?: object | string;
  icon?: Uint8Array;
  script?: string;
  /** Extra paconn settings (connectorId, environment, powerAppsUrl...); file names are filled in. */
  settings?: Record<string, unknown>;
}

const encoder = new TextEncoder();

function definitionValue(definition: object | string): TJsonValue | undefined {
  if (typeof definition !== "string") return definition as TJsonValue;
  try {
    return JSON.parse(definition.replace(/^\uFEFF/, "")) as TJsonValue;
  } catch {
    return undefined;
  }
}
const asText = (value: object | string) => (typeof value === "string" ? value : JSON.stringify(value, null, 2) + "\n");

/** The paconn folder's files by name, with a settings.json that names them. */
function paconnEntries(input: PaconnExport): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {
    [DEFAULT_PACONN_NAMES.definition]: encoder.encode(asText(input.definition)),
    [DEFAULT_PACONN_NAMES.apiProperties]: encoder.encode(asText(input.apiProperties ?? createApiProperties(definitionValue(input.definition)))),
  };
  if (input.icon) files[DEFAULT_PACONN_NAMES.icon] = input.icon;
  if (input.script !== undefined) files[DEFAULT_PACONN_NAMES.script] = encoder.encode(input.script);
  const settings = {
    ...input.settings,
    apiDefinition: DEFAULT_PACONN_NAMES.definition,
    apiProperties: DEFAULT_PACONN_NAMES.apiProperties,
    ...(input.icon ? { icon: DEFAULT_PACONN_NAMES.icon } : {}),
    ...(input.script !== undefined ? { script: DEFAULT_PACONN_NAMES.script } : {}),
  };
  files[DEFAULT_PACONN_NAMES.settings] = encoder.encode(JSON.stringify(settings, null, 2) + "\n");
  return files;
}

/** A zip that `paconn create --settings` and the maker portal's import accept. */
export function writePaconnZip(input: PaconnExport): Uint8Array {
  return zipSync(paconnEntries(input), { level: 6 });
}

/** Writes the paconn folder to disk (created if missing); returns the paths written. */
export function writePaconnFolder(dir: string, input: PaconnExport): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(paconnEntries(input)).map(([name, data]) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  });
}
