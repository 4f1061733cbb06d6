import { PARSE_RULES } from "../rules/parse-rules.ts";
import type { Finding, Issue, Position, TJsonValue } from "../types.ts";
import { exceedsDepth } from "../document/measure-depth.ts";
import { createJsonLocator } from "./create-json-locator.ts";
import { createLineIndex } from "./create-line-index.ts";
import { decodeInput } from "./decode-input.ts";
import { findExcessiveIndentation, findExcessiveNesting, MAX_NESTING_DEPTH } from "./measure-nesting.ts";
import { parseJsonText } from "./parse-json-text.ts";
import { parseYamlText } from "./parse-yaml-text.ts";

export interface ParseOptions {
  fileName?: string;
}

export interface ParsedDefinition {
  /** The parsed value, or undefined when the file could not be read as JSON or YAML. */
  document: TJsonValue | undefined;
  findings: Finding[];
  /** Line and column (1-based) of a JSON pointer, or of its nearest existing ancestor. */
  locate: (pointer: string) => Position;
  /** Line and column (1-based) of an offset into `text`. */
  positionAt: (offset: number) => Position;
  format: "json" | "yaml";
  text: string;
  fileName: string;
}

const severityOf = new Map(PARSE_RULES.map((r) => [r.id, r.severity]));

/**
 * Runs of opening brackets are how a 10,000-level file is built; a plain substring search finds them at
 * memchr speed. Nesting that escapes this screen is still bounded: JSON.parse is iterative, the walks stop
 * at a fixed depth, and a stack overflow in ajv becomes a NestingTooDeep finding.
 */
function hasBracketRun(text: string): boolean {
  return text.includes("[[[[[[[[") || text.includes("[ [ [ [ [ [ [ [");
}

/** The finding for a document nested too deeply to process, placed where the nesting passes the limit. */
export function nestingFinding(text: string): { code: string; issue: Issue } {
  const at = findExcessiveNesting(text);
  return {
    code: "NestingTooDeep",
    issue: {
      message: `Objects or arrays are nested more than ${MAX_NESTING_DEPTH} levels deep here. Flatten the schema or move nested parts to #/definitions and use $ref.`,
      path: "",
      offset: Math.max(at, 0),
    },
  };
}

/** JSON.parse's value when the text is strict JSON (the common case, parsed once), else undefined. */
function tryJsonParse(text: string): { value: TJsonValue; problems: [] } | undefined {
  try {
    return { value: JSON.parse(text) as TJsonValue, problems: [] };
  } catch {
    return undefined;
  }
}

const YAML_SEQUENCE_RUN = new RegExp(`(?:- ){${MAX_NESTING_DEPTH + 1}}`);

function looksLikeYaml(fileName: string, text: string): boolean {
  if (/\.ya?ml$/i.test(fileName)) return true;
  if (/\.json$/i.test(fileName)) return false;
  const first = text.trimStart().charAt(0);
  return first !== "{" && first !== "[" && first !== "";
}

/**
 * Parses a definition (JSON or YAML, bytes or text) keeping source positions. Never throws: every
 * problem with the input comes back as a finding with a line and column.
 */
export function parseDefinition(input: string | Uint8Array, options: ParseOptions = {}): ParsedDefinition {
  const fileName = options.fileName ?? "definition.json";
  const decoded = decodeInput(input);
  const text = decoded.text;
  const toPosition = createLineIndex(text);
  const raw: { code: string; issue: Issue }[] = [...decoded.issues];
  const isYaml = looksLikeYaml(fileName, text);
  let document: TJsonValue | undefined;
  let locateOffset: (pointer: string) => number = () => 0;

  if (!decoded.isFatal) {
    // JSON.parse is iterative, so valid JSON of any depth parses and the depth check on the value below
    // refuses it; only the tolerant parser (for broken JSON) and the YAML parser recurse, so only they need
    // the text screened first. For JSON the screen runs when JSON.parse has failed.
    const quick = isYaml ? undefined : tryJsonParse(text);
    const deepAt = isYaml ? findExcessiveNesting(text) : quick === undefined && hasBracketRun(text) ? findExcessiveNesting(text) : -1;
    // YAML's compact nested sequences ("- - - - x") nest without brackets; a run past the limit is refused
    // before the YAML parser (which recurses per level) sees it.
    let deepYamlAt = isYaml && deepAt < 0 ? text.search(YAML_SEQUENCE_RUN) : -1;
    if (isYaml && deepAt < 0 && deepYamlAt < 0) deepYamlAt = findExcessiveIndentation(text);
    if (deepYamlAt >= 0) {
      raw.push({ code: "NestingTooDeep", issue: { ...nestingFinding(text).issue, offset: deepYamlAt } });
    } else if (deepAt >= 0) {
      raw.push(nestingFinding(text));
    } else if (isYaml) {
      try {
        const result = parseYamlText(text);
        document = result.value;
        locateOffset = result.locate;
        for (const p of result.problems) {
          // The YAML parser recurses per indentation level; a stack overflow there is nesting, not a syntax error.
          if (/call stack/i.test(p.message)) raw.push(nestingFinding(text));
          else raw.push({ code: p.code, issue: { message: p.message, path: "", offset: p.offset } });
        }
      } catch {
        raw.push({
          code: "InvalidYaml",
          issue: { message: "Invalid YAML: the parser could not read this file. Check indentation and quoting.", path: "", offset: 0 },
        });
      }
    } else {
      try {
        const result = quick ?? parseJsonText(text);
        document = result.value;
        for (const p of result.problems) raw.push({ code: p.code, issue: { message: p.message, path: "", offset: p.offset } });
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        raw.push(nestingFinding(text));
      }
      locateOffset = createJsonLocator(text);
    }
    // Objects nest without bracket runs and YAML by indentation: the limit applies to the value too,
    // to objects and arrays alike (a recursion that stops at the limit, about 2% of a validation).
    if (document !== undefined && exceedsDepth(document, MAX_NESTING_DEPTH)) {
      raw.push(nestingFinding(text));
      document = undefined;
    }
    const protoAt = text.indexOf("__proto__");
    if (protoAt >= 0 && document !== undefined) {
      raw.push({
        code: "PrototypeKeyNotAllowed",
        issue: { message: "A property is named __proto__. JavaScript tools mishandle this name: rename the property.", path: "", offset: protoAt },
      });
    }
    if (document !== undefined && (document === null || typeof document !== "object" || Array.isArray(document))) {
      raw.push({
        code: "DocumentNotObject",
        issue: {
          message:
            'The document is not a JSON object. Connector files are objects: a definition starts with {"swagger": "2.0", ...}, apiProperties.json with {"properties": ...}.',
          path: "",
          offset: 0,
        },
      });
      document = undefined;
    }
  }

  const locate = (pointer: string): Position => toPosition(locateOffset(pointer));
  const findings: Finding[] = raw.map(({ code, issue }) => {
    const position = issue.offset !== undefined ? toPosition(issue.offset) : locate(issue.path);
    return {
      code,
      severity: severityOf.get(code) ?? "error",
      message: issue.message,
      path: issue.path,
      line: position.line,
      column: position.column,
      file: fileName,
    };
  });
  return { document, findings, locate, positionAt: toPosition, format: isYaml ? "yaml" : "json", text, fileName };
}
