import { isUtf8 } from "node:buffer";
import type { Issue } from "../types.ts";

/** Inputs above this are refused before parsing: far beyond the platform's 1 MB limit, and a risk to memory. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export interface DecodedInput {
  text: string;
  /** Codes of lenient or fatal problems found while decoding, with offsets into `text`. */
  issues: { code: string; issue: Issue }[];
  isFatal: boolean;
}

const lenientDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** Returns the byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** A NUL byte in the first 8 KB (searched natively). */
function hasBinaryControlBytes(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** Turns the maker's bytes or string into text, noting a BOM, non-UTF-8 bytes and binary content. */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  const issues: DecodedInput["issues"] = [];
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > MAX_INPUT_BYTES) {
    issues.push({
      code: "FileTooLarge",
      issue: {
        message: `The file is ${(size / 1048576).toFixed(1)} MB; files above ${MAX_INPUT_BYTES / 1048576} MB are refused (the platform's own limit is 1 MB). Split the API into several connectors or remove unused schemas.`,
        path: "",
        offset: 0,
      },
    });
    return { text: "", issues, isFatal: true };
  }
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    if (hasBinaryControlBytes(input)) {
      issues.push({
        code: "BinaryContentNotAllowed",
        issue: {
          message:
            "The file holds binary data (NUL bytes), not JSON or YAML text. Give the connector's apiDefinition.swagger.json, a YAML definition or a Postman collection.",
          path: "",
          offset: 0,
        },
      });
      return { text: "", issues, isFatal: true };
    }
    // isUtf8 checks natively (SIMD) without building a string; only bad input takes the slow path.
    if (isUtf8(input)) {
      text = lenientDecoder.decode(input);
    } else {
      const at = findInvalidUtf8(input);
      text = lenientDecoder.decode(input);
      const prefix = lenientDecoder.decode(input.subarray(0, Math.max(at, 0)));
      const byte = input[at] ?? 0;
      issues.push({
        code: "FileNotUtf8",
        issue: {
          message: `The file is not UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} cannot start a UTF-8 character (it looks like Windows-1252 or Latin-1). Save the file as UTF-8; the publishing pipeline refuses other encodings.`,
          path: "",
          offset: prefix.length,
        },
      });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    issues.push({
      code: "ByteOrderMarkPresent",
      issue: {
        message: "The file starts with a UTF-8 byte-order mark. The platform accepts it, but many JSON tools refuse it: save the file as UTF-8 without BOM.",
        path: "",
        offset: 0,
      },
    });
  }
  return { text, issues, isFatal: false };
}
