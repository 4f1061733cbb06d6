import { AppError } from "../app-error.ts";

/** Brackets open at once in an upload's text, past which it is refused before parsing (what is stored nests far less). */
export const MAX_TEXT_DEPTH = 256;

/**
 * Refuses JSON (or YAML flow) text whose brackets nest deeper than MAX_TEXT_DEPTH, by one pass over the characters
 * (strings skipped): a 1 MB document nested 50,000 levels is refused in a few milliseconds instead of being parsed
 * with source positions first (about 85 ms) only to be refused afterwards.
 */
export function assertTextDepth(text: string, fileName: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_TEXT_DEPTH) {
        let line = 1;
        for (let k = 0; k < i; k++) if (text.charCodeAt(k) === 0x0a) line++;
        throw new AppError(
          "UNPROCESSABLE",
          `${fileName} nests more than ${MAX_TEXT_DEPTH} levels of brackets (line ${line}); a connector definition or Postman collection nests far less. ` +
            'Flatten it: move deeply nested schemas into "definitions" (referred to with $ref), or requests into fewer levels of folders.',
        );
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}
