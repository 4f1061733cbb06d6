import type { Finding } from "../types.ts";

/** The files of a paconn connector folder (as Microsoft's paconn CLI and the public repository lay them out). */
export interface PaconnFiles {
  definition?: Uint8Array;
  apiProperties?: Uint8Array;
  icon?: Uint8Array;
  script?: Uint8Array;
  settings?: Uint8Array;
  /** File names as found (or as settings.json names them), for reports. */
  names: { definition: string; apiProperties: string; icon: string; script: string; settings: string };
}

export interface PaconnReadResult {
  files: PaconnFiles;
  findings: Finding[];
}

export const DEFAULT_PACONN_NAMES: PaconnFiles["names"] = {
  definition: "apiDefinition.swagger.json",
  apiProperties: "apiProperties.json",
  icon: "icon.png",
  script: "script.csx",
  settings: "settings.json",
};

export function paconnFinding(code: string, message: string, file: string): Finding {
  return { code, severity: "error", message, path: "", line: 1, column: 1, file };
}
