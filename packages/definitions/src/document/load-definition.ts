import { parseDefinition, type ParsedDefinition } from "../parse/parse-definition.ts";
import type { TJsonObject } from "../types.ts";

/** Nothing but whitespace (or a byte-order mark): stops at the first other character. */
function isBlank(input: string | Uint8Array): boolean {
  for (let i = 0; i < input.length; i++) {
    const c = typeof input === "string" ? input.charCodeAt(i) : (input[i] as number);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff && c !== 0xef && c !== 0xbb && c !== 0xbf) return false;
  }
  return true;
}

export type TLoadedDefinition = { ok: true; document: TJsonObject; parsed: ParsedDefinition } | { ok: false; message: string };

/**
 * Loads a Swagger 2.0 definition for the commands that need a usable document (diff, summary): the same
 * reader as validate (JSON or YAML, byte-order mark, UTF-8 check, size, nesting and alias limits,
 * __proto__ kept as data), then one line that says what to fix when the file cannot be used.
 */
export function loadDefinition(input: string | Uint8Array, source: string): TLoadedDefinition {
  if (isBlank(input)) {
    return { ok: false, message: `${source}: the file is empty. Pass the connector's apiDefinition.swagger.json (an OpenAPI 2.0 definition in JSON or YAML).` };
  }
  let parsed = parseDefinition(input, { fileName: source });
  // A stray Latin-1 byte (the platform's publishing pipeline refuses it; validate reports FileNotUtf8) does
  // not change what the definition means, so the diff reads on with the byte replaced.
  if (typeof input !== "string" && parsed.findings.some((f) => f.code === "FileNotUtf8")) {
    parsed = parseDefinition(new TextDecoder("utf-8").decode(input), { fileName: source });
  }
  const fatal = parsed.findings.find((f) => f.severity === "error");
  if (fatal) return { ok: false, message: `${source}:${fatal.line}:${fatal.column}: ${fatal.code}: ${fatal.message}` };
  const value = parsed.document;
  if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      message: `${source} does not hold an OpenAPI 2.0 definition (expected an object with "swagger": "2.0"). Pass the connector's apiDefinition.swagger.json.`,
    };
  }
  if (typeof value.openapi === "string") {
    return { ok: false, message: `${source} is OpenAPI ${value.openapi}; custom connectors use OpenAPI 2.0 ("swagger": "2.0"). Convert it to 2.0 first.` };
  }
  if (value.swagger !== "2.0") {
    return {
      ok: false,
      message: `${source} has no "swagger": "2.0" field, so it is not an OpenAPI 2.0 connector definition. Pass the connector's apiDefinition.swagger.json.`,
    };
  }
  return { ok: true, document: value, parsed };
}
