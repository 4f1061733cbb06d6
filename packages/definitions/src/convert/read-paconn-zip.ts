import { unzipSync } from "fflate";
import { MAX_INPUT_BYTES } from "../parse/decode-input.ts";
import { checkPaconnIcon, DEFAULT_PACONN_NAMES, paconnFinding, type PaconnFiles, type PaconnReadResult } from "./paconn-types.ts";

/** An archive that unpacks to more than this is refused (zip bombs). */
const MAX_UNPACKED_BYTES = 4 * MAX_INPUT_BYTES;
const ROLES = ["definition", "apiProperties", "icon", "script", "settings"] as const;

function baseName(path: string): string {
  return path.split("/").pop() ?? path;
}

/** Reads a zipped paconn folder (files at the root or in one sub-folder). Bad archives become findings. */
export function readPaconnZip(bytes: Uint8Array, archiveName = "connector.zip"): PaconnReadResult {
  const names = { ...DEFAULT_PACONN_NAMES };
  const files: PaconnFiles = { names };
  let total = 0;
  let isTooLarge = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (file.originalSize > MAX_INPUT_BYTES || total > MAX_UNPACKED_BYTES) isTooLarge = true;
        return !isTooLarge && !file.name.endsWith("/") && Object.values(DEFAULT_PACONN_NAMES).includes(baseName(file.name));
      },
    });
  } catch {
    return { files, findings: [paconnFinding("ArchiveNotValid", `${archiveName} is not a readable zip archive. Zip the connector folder (apiDefinition.swagger.json, apiProperties.json, icon.png) again.`, archiveName)] };
  }
  if (isTooLarge) {
    return { files, findings: [paconnFinding("FileTooLarge", `${archiveName} unpacks to more than ${MAX_UNPACKED_BYTES / 1048576} MB. A connector folder is a few hundred KB: remove everything but the connector's files.`, archiveName)] };
  }
  for (const [path, data] of Object.entries(entries)) {
    const role = ROLES.find((r) => DEFAULT_PACONN_NAMES[r] === baseName(path));
    if (role && files[role] === undefined) {
      files[role] = data;
      names[role] = `${archiveName}/${path}`;
    }
  }
  const findings = files.definition
    ? []
    : [paconnFinding("PaconnDefinitionMissing", `${archiveName} holds no apiDefinition.swagger.json. Add the connector's definition to the archive.`, archiveName)];
  checkPaconnIcon(files, findings);
  return { files, findings };
}
