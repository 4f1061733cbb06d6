import { inflateRawSync } from "node:zlib";

// A zip's central directory, read by hand because the refusals need what unzip libraries do not expose: where each
// entry's bytes start and end in the archive (to refuse entries that share bytes, the "30 entries on one 10 MB
// deflate block" bomb). Decompression is zlib's, stopped at the limit.

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As the archive declares it; never trusted for limits, only compared with what inflating really yields. */
  declaredSize: number;
  /** Offset of the entry's data (after its local header) and its end. */
  dataStart: number;
  dataEnd: number;
  /** Offset of the local header (the start of the entry's bytes). */
  headerStart: number;
}

export class ZipRefusal extends Error {
  constructor(
    readonly code: "ArchiveNotValid" | "FileTooLarge",
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder("utf-8");

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 65_535);
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** Reads the central directory; refuses more than `maxEntries` entries, zip64, duplicate names and entries that overlap. */
export function listZipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.byteLength >= 22 ? findEndOfCentralDirectory(view) : -1;
  if (eocd < 0) throw new ZipRefusal("ArchiveNotValid", "is not a readable zip archive (no end of central directory)");
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryStart = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryStart === 0xffffffff)
    throw new ZipRefusal("ArchiveNotValid", "is a zip64 archive; a connector folder is small, so zip it as a plain zip");
  if (count > maxEntries) throw new ZipRefusal("ArchiveNotValid", `holds ${count} entries; a paconn package holds at most ${maxEntries}`);
  if (directoryStart + directorySize > eocd)
    throw new ZipRefusal("ArchiveNotValid", "is not a readable zip archive (its central directory lies outside the file)");
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL)
      throw new ZipRefusal("ArchiveNotValid", "is not a readable zip archive (broken central directory)");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const headerStart = view.getUint32(at + 42, true);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    const key = name.toLowerCase();
    if (names.has(key)) throw new ZipRefusal("ArchiveNotValid", `holds two entries named ${name}; zip the folder again so each file is in it once`);
    names.add(key);
    if (headerStart + 30 > directoryStart || view.getUint32(headerStart, true) !== LOCAL) {
      throw new ZipRefusal("ArchiveNotValid", `is not a readable zip archive (the entry ${name} points outside the archive)`);
    }
    const dataStart = headerStart + 30 + view.getUint16(headerStart + 26, true) + view.getUint16(headerStart + 28, true);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > directoryStart) throw new ZipRefusal("ArchiveNotValid", `is not a readable zip archive (the entry ${name} runs past the end of the archive)`);
    entries.push({ name, method, flags, compressedSize, declaredSize, dataStart, dataEnd, headerStart });
  }
  const byStart = [...entries].sort((a, b) => a.headerStart - b.headerStart);
  for (let i = 1; i < byStart.length; i++) {
    const previous = byStart[i - 1]!;
    const entry = byStart[i]!;
    if (entry.headerStart < previous.dataEnd) {
      throw new ZipRefusal(
        "ArchiveNotValid",
        `has entries that share bytes (${previous.name} and ${entry.name} overlap), the shape of a zip bomb; zip the folder again with an ordinary zip tool`,
      );
    }
  }
  return entries;
}

/**
 * The entry's bytes, refused as soon as inflating passes `maxBytes` or the size the archive declared, so a bomb costs
 * no more than the limit.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  if (entry.flags & 1) throw new ZipRefusal("ArchiveNotValid", `holds ${entry.name} encrypted; zip the folder again without a password`);
  const limit = Math.min(maxBytes, entry.declaredSize);
  const data = bytes.subarray(entry.dataStart, entry.dataEnd);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.declaredSize) throw new ZipRefusal("ArchiveNotValid", `holds ${entry.name} with a size that does not match its data`);
    if (entry.compressedSize > maxBytes) throw tooLarge(entry.name, maxBytes);
    return data.slice();
  }
  if (entry.method !== 8)
    throw new ZipRefusal(
      "ArchiveNotValid",
      `holds ${entry.name} compressed with method ${entry.method}; zip the folder again with ordinary (deflate) compression`,
    );
  let out: Buffer;
  try {
    // Node's zlib stops with ERR_BUFFER_TOO_LARGE as soon as the output passes the limit: the real decompressed bytes
    // are counted while inflating, never the declared ones. (fflate's streaming inflate does the same in JavaScript,
    // 10 to 20 times slower: 90 ms against 5 ms for a 10 MB block on this machine.)
    out = inflateRawSync(data, { maxOutputLength: limit });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw limit < maxBytes || entry.declaredSize <= maxBytes
        ? new ZipRefusal("ArchiveNotValid", `declares ${entry.name} as ${entry.declaredSize} bytes but it unpacks to more, the shape of a zip bomb`)
        : tooLarge(entry.name, maxBytes);
    }
    throw new ZipRefusal("ArchiveNotValid", `holds ${entry.name} with broken compressed data`);
  }
  if (out.byteLength !== entry.declaredSize)
    throw new ZipRefusal("ArchiveNotValid", `declares ${entry.name} as ${entry.declaredSize} bytes but it unpacks to ${out.byteLength}`);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function tooLarge(name: string, maxBytes: number): ZipRefusal {
  return new ZipRefusal("FileTooLarge", `holds ${name}, which unpacks to more than ${maxBytes / 1048576} MB; a connector's files are a few hundred KB`);
}
