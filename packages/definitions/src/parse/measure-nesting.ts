/** Nesting deeper than this is refused before parsing: real definitions stay far below, and recursion would overflow. */
export const MAX_NESTING_DEPTH = 256;

/**
 * Returns the offset where bracket nesting first exceeds the limit, or -1.
 * A flat loop, so a 10,000-level file cannot overflow the stack here.
 */
export function findExcessiveNesting(text: string, limit = MAX_NESTING_DEPTH): number {
  let depth = 0;
  let inString = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}
