import { MAX_INPUT_BYTES } from "../parse/decode-input.ts";
import { listZipEntries, readZipEntry, ZipRefusal } from "./list-zip-entries.ts";
import { checkPaconnIcon, DEFAULT_PACONN_NAMES, paconnFinding, type PaconnFiles, type PaconnReadResult } from "./paconn-types.ts";

/** An archive whose paconn files unpack to more than this is refused (zip bombs), counted as they inflate. */
const MAX_UNPACKED_BYTES = 4 * MAX_INPUT_BYTES;
/** A paconn folder holds five files at most; room for folder entries and what zip tools add (__MACOSX, .DS_Store). */
export const MAX_ZIP_ENTRIES = 64;
const ROLES = ["definition", "apiProperties", "icon", "script", "settings"] as const;

function baseName(path: string): string {
  return path.split("/").pop() ?? path;
}

/**
 * Reads a zipped paconn folder (files at the root or in one sub-folder). Only the paconn files are inflated, each
 * counted as it streams; an archive with too many entries, entries that share bytes, two entries of one name, a zip
 * inside, or sizes that lie is refused with a finding that says what is wrong, before anything else is read.
 */
export function readPaconnZip(bytes: Uint8Array, archiveName = "connector.zip"): PaconnReadResult {
  const names = { ...DEFAULT_PACONN_NAMES };
  const files: PaconnFiles = { names };
  const refuse = (refusal: ZipRefusal): PaconnReadResult => {
    const advice =
      refusal.code === "FileTooLarge" ? "" : " Zip only the connector's files (apiDefinition.swagger.json, apiProperties.json, icon.png, script.csx).";
    return { files: { names }, findings: [paconnFinding(refusal.code, `${archiveName} ${refusal.message}.${advice}`, archiveName)] };
  };
  try {
    const entries = listZipEntries(bytes, MAX_ZIP_ENTRIES);
    const nested = entries.find((e) => /\.(zip|jar|nupkg|7z|gz|tgz|rar)$/i.test(e.name));
    if (nested)
      throw new ZipRefusal(
        "ArchiveNotValid",
        `holds another archive (${nested.name}); a paconn package is the connector's files themselves, not a zip inside a zip`,
      );
    const wanted = entries.filter((e) => !e.name.endsWith("/") && Object.values(DEFAULT_PACONN_NAMES).includes(baseName(e.name)));
    let total = 0;
    for (const entry of wanted) {
      const role = ROLES.find((r) => DEFAULT_PACONN_NAMES[r] === baseName(entry.name))!;
      if (files[role] !== undefined) {
        throw new ZipRefusal(
          "ArchiveNotValid",
          `holds two ${DEFAULT_PACONN_NAMES[role]} (${names[role].slice(archiveName.length + 1)} and ${entry.name}), so which one is meant is unclear; keep one`,
        );
      }
      const data = readZipEntry(bytes, entry, Math.min(MAX_INPUT_BYTES, MAX_UNPACKED_BYTES - total));
      if (data.byteLength >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) {
        throw new ZipRefusal(
          "ArchiveNotValid",
          `holds another zip archive as ${entry.name}; a paconn package is the connector's files themselves, not a zip inside a zip`,
        );
      }
      total += data.byteLength;
      files[role] = data;
      names[role] = `${archiveName}/${entry.name}`;
    }
  } catch (error) {
    if (error instanceof ZipRefusal) return refuse(error);
    throw error;
  }
  const findings = files.definition
    ? []
    : [
        paconnFinding(
          "PaconnDefinitionMissing",
          `${archiveName} holds no apiDefinition.swagger.json. Add the connector's definition to the archive.`,
          archiveName,
        ),
      ];
  checkPaconnIcon(files, findings);
  return { files, findings };
}
