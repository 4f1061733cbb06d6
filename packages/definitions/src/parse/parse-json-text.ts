import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { TJsonValue } from "../types.ts";

export interface SyntaxProblem {
  code: "InvalidJson" | "TrailingCommaNotAllowed" | "CommentNotAllowed";
  offset: number;
  message: string;
}

export interface JsonParseResult {
  value: TJsonValue | undefined;
  problems: SyntaxProblem[];
}

const hints: Record<string, string> = {
  CommaExpected: "a comma is missing here: add ',' between the two values",
  ColonExpected: 'a colon is missing here: write "name": value',
  PropertyNameExpected: "a property name in double quotes is expected here: add the name, or fix the missing '}' or extra comma just before it",
  ValueExpected: "a value is expected here: add one (string, number, object, array, true, false or null) or remove the extra comma before it",
  CloseBraceExpected: "an object is not closed: add the missing '}'",
  CloseBracketExpected: "an array is not closed: add the missing ']'",
  EndOfFileExpected: "there is text after the end of the document: remove it or wrap the values in one object",
  InvalidSymbol: "this character cannot appear here: remove it or put the text in double quotes",
  InvalidNumberFormat: "this number is not valid JSON: remove leading zeros, or write hex and NaN values as strings",
  UnexpectedEndOfString: "a string is not closed: add the closing double quote",
  UnexpectedEndOfComment: "a comment is not closed: add '*/'",
  InvalidUnicode: "a \\u escape needs four hex digits: fix or remove it",
  InvalidEscapeCharacter: "this backslash escape is not valid JSON: write \\\\ for a backslash",
  InvalidCharacter: "a control character (tab or newline) sits inside a string: escape it as \\t or \\n",
};

const EMPTY_MESSAGE = "Invalid JSON: the file is empty. Give the connector's Swagger 2.0 definition (apiDefinition.swagger.json).";

function describe(error: ParseError): string {
  const name = printParseErrorCode(error.error);
  return `Invalid JSON: ${hints[name] ?? name}.`;
}

/** Builds plain values from the tree; "__proto__" keys become own properties instead of changing the prototype. */
function toValue(node: Node): TJsonValue {
  switch (node.type) {
    case "object": {
      const out: Record<string, TJsonValue> = {};
      for (const prop of node.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        const value = toValue(valueNode);
        if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        else out[key] = value;
      }
      return out;
    }
    case "array":
      return (node.children ?? []).map(toValue);
    default:
      return node.value as TJsonValue;
  }
}

/** V8's JSON.parse messages, mapped to the same hints as the tolerant parser's codes. */
const NATIVE_HINTS: [RegExp, string][] = [
  [/^Expected ',' or '[}\]]' after (property value|array element)/, "CommaExpected"],
  [/^Expected (double-quoted property name|property name or '}')/, "PropertyNameExpected"],
  [/^Bad control character in string literal/, "InvalidCharacter"],
  [/^Unterminated string/, "UnexpectedEndOfString"],
  [/^(Unexpected number|No number after minus sign|Exponent part is missing|Unterminated fractional number)/, "InvalidNumberFormat"],
  [/^Unexpected non-whitespace character after JSON/, "EndOfFileExpected"],
  [/^Bad escaped character/, "InvalidEscapeCharacter"],
  [/^Bad Unicode escape/, "InvalidUnicode"],
];

/**
 * Turns JSON.parse's own error into a finding when it is plainly an error, which avoids a second,
 * slower parse of large broken files. Trailing commas and comments (which the platform accepts) and
 * any message not recognised go to the tolerant parser instead.
 */
function fromNativeError(text: string, error: unknown): SyntaxProblem | undefined {
  const message = error instanceof Error ? error.message : "";
  const at = /at position (\d+)/.exec(message);
  if (!at) return undefined;
  const offset = Number(at[1]);
  const c = text.charAt(offset);
  if (c === "/") return undefined;
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text.charAt(before))) before--;
  if ((c === "}" || c === "]") && text.charAt(before) === ",") return undefined;
  const hint = NATIVE_HINTS.find(([pattern]) => pattern.test(message))?.[1];
  return hint ? { code: "InvalidJson", offset, message: `Invalid JSON: ${hints[hint] ?? hint}.` } : undefined;
}

function sameError(a: ParseError, b: ParseError): boolean {
  return a.offset === b.offset && a.error === b.error;
}

/**
 * Parses JSON the way the platform's .NET parser does: trailing commas and comments are accepted
 * (and reported as warnings), anything else is an error with its offset.
 */
export function parseJsonText(text: string): JsonParseResult {
  if (text.trim() === "") return { value: undefined, problems: [{ code: "InvalidJson", offset: 0, message: EMPTY_MESSAGE }] };
  try {
    return { value: JSON.parse(text) as TJsonValue, problems: [] };
  } catch (error) {
    const quick = fromNativeError(text, error);
    if (quick) return { value: undefined, problems: [quick] };
    // Otherwise the tolerant parser decides: it accepts what the platform accepts and places the rest.
  }
  const lenientErrors: ParseError[] = [];
  const tree = parseTree(text, lenientErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const problems: SyntaxProblem[] = lenientErrors.map((e) => ({ code: "InvalidJson", offset: e.offset, message: describe(e) }));
  if (problems.length > 0 || !tree) {
    if (problems.length === 0) problems.push({ code: "InvalidJson", offset: 0, message: EMPTY_MESSAGE });
    // Errors after the first are mostly knock-on effects of it; one precise finding says what to fix.
    return { value: undefined, problems: problems.slice(0, 1) };
  }
  const strictErrors: ParseError[] = [];
  parseTree(text, strictErrors, { allowTrailingComma: false, disallowComments: true });
  const seen = new Set<number>();
  for (const e of strictErrors) {
    if (lenientErrors.some((l) => sameError(l, e))) continue;
    const isComment = printParseErrorCode(e.error) === "InvalidCommentToken";
    // The strict parser complains at the closing bracket; the maker needs to see the comma itself.
    const offset = isComment ? e.offset : text.lastIndexOf(",", e.offset);
    if (seen.has(offset)) continue;
    seen.add(offset);
    problems.push(
      isComment
        ? {
            code: "CommentNotAllowed",
            offset,
            message:
              "A comment sits in the JSON. The platform accepts it, but JSON does not allow comments and other tools will refuse the file: remove the comment.",
          }
        : {
            code: "TrailingCommaNotAllowed",
            offset: Math.max(offset, 0),
            message:
              "This comma is followed by a closing bracket. The platform accepts it, but JSON does not and other tools will refuse the file: remove the comma.",
          },
    );
  }
  return { value: toValue(tree), problems: problems.slice(0, 50) };
}
