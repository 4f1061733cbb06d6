import { findExcessiveNesting, MAX_NESTING_DEPTH } from "@connector-hub/definitions";
import { AppError } from "../app-error.ts";

/** Brackets open at once in an upload's text, past which it is refused before parsing (what is stored nests far less). */
export const MAX_TEXT_DEPTH = MAX_NESTING_DEPTH;

/**
 * Refuses JSON (or YAML flow) text whose brackets nest deeper than MAX_TEXT_DEPTH, by the parser's own one pass over
 * the characters (strings skipped): a 1 MB document nested 50,000 levels is refused in a few milliseconds instead of
 * being parsed with source positions first (about 85 ms) only to be refused afterwards.
 */
export function assertTextDepth(text: string, fileName: string): void {
  const at = findExcessiveNesting(text, MAX_TEXT_DEPTH);
  if (at < 0) return;
  let line = 1;
  for (let k = 0; k < at; k++) if (text.charCodeAt(k) === 0x0a) line++;
  throw new AppError(
    "UNPROCESSABLE",
    `${fileName} nests more than ${MAX_TEXT_DEPTH} levels of brackets (line ${line}); a connector definition or Postman collection nests far less. ` +
      'Flatten it: move deeply nested schemas into "definitions" (referred to with $ref), or requests into fewer levels of folders.',
  );
}
