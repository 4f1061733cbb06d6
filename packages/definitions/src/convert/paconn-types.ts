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

export function paconnFinding(code: string, message: string, file: string, severity: Finding["severity"] = "error"): Finding {
  return { code, severity, message, path: "", line: 1, column: 1, file };
}

/** The maker portal takes a connector icon as a PNG or JPEG file under 1 MB. */
export const MAX_ICON_BYTES = 1_048_576;

/** "image/png" or "image/jpeg" when the bytes start like one (checked by signature, not by file name), else null. */
export function iconContentType(bytes: Uint8Array): "image/png" | "image/jpeg" | null {
  const starts = (signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  return null;
}

/** Drops an icon that is not a PNG or JPEG image under 1 MB from what was read, with a warning that says what to do. */
export function checkPaconnIcon(files: PaconnFiles, findings: Finding[]): void {
  const icon = files.icon;
  if (!icon) return;
  const problem =
    iconContentType(icon) === null ? "is not a PNG or JPEG image" : icon.byteLength > MAX_ICON_BYTES ? `is ${(icon.byteLength / 1048576).toFixed(1)} MB` : null;
  if (!problem) return;
  delete files.icon;
  findings.push(
    paconnFinding(
      "PaconnIconNotImage",
      `${files.names.icon} ${problem}, so it is not used (a connector that already has an icon keeps it). Use a PNG or JPEG under 1 MB (the maker portal refuses anything else).`,
      files.names.icon,
      "warning",
    ),
  );
}
