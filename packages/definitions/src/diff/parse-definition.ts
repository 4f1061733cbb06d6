import { LineCounter, parseDocument } from "yaml";
import { isJsonObject } from "./json-pointer.ts";
import type { TJsonObject } from "./types.ts";

export type TParsedDefinition = { ok: true; document: TJsonObject } | { ok: false; message: string };

/**
 * Reads a definition written as JSON or YAML. JSON.parse goes first because it is many times
 * faster than a YAML parser on the large definitions makers publish.
 */
export function parseDefinition(text: string, source: string): TParsedDefinition {
  const content = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    // Text that starts like JSON is JSON with a mistake: say where, without the (slow) YAML parse.
    if (/^\s*[{[]/.test(content)) return { ok: false, message: jsonErrorMessage(content, source, error) };
    const parsed = parseYaml(content, source);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  }
  if (!isJsonObject(value)) {
    return { ok: false, message: `${source} does not hold an OpenAPI 2.0 definition (expected an object with "swagger": "2.0"). Pass the connector's apiDefinition.swagger.json.` };
  }
  if (typeof value.openapi === "string") {
    return { ok: false, message: `${source} is OpenAPI ${value.openapi}; custom connectors use OpenAPI 2.0 ("swagger": "2.0"). Convert it to 2.0 first.` };
  }
  if (value.swagger !== "2.0") {
    return { ok: false, message: `${source} has no "swagger": "2.0" field, so it is not an OpenAPI 2.0 connector definition. Pass the connector's apiDefinition.swagger.json.` };
  }
  return { ok: true, document: value };
}

function jsonErrorMessage(content: string, source: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const position = Number(/at position (\d+)/.exec(text)?.[1] ?? content.length);
  const before = content.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  const what = text.replace(/ in JSON at position \d+.*$/s, "").replace(/^JSON\.parse: /, "");
  return `${source} is not valid JSON: line ${line}, column ${column}: ${what}. Fix the syntax there (a missing comma or bracket is the usual cause) and run again.`;
}

function parseYaml(content: string, source: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    const firstLine = error.message.split("\n")[0] ?? error.message;
    return { ok: false, message: `${source} is not valid YAML: line ${at.line}, column ${at.col}: ${firstLine}. Fix the syntax there (often indentation or a missing quote) and run again.` };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 1000 }) };
  } catch {
    return { ok: false, message: `${source} uses YAML aliases too deeply to expand. Write the definition out without aliases (or as JSON).` };
  }
}
