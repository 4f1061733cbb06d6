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

/**
 * Returns the offset of the line where YAML block indentation first nests deeper than the limit, or -1.
 * Each line indented further than the one before opens a level; nesting by indentation alone grows the
 * text quadratically, so a 3,000-level file is a few MB and would keep the YAML parser busy for seconds
 * before the depth check on its value could refuse it. A flat loop over the lines, like the bracket scan.
 */
export function findExcessiveIndentation(text: string, limit = MAX_NESTING_DEPTH): number {
  const widths: number[] = [];
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = n;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    // Blank lines and comments do not open a level.
    if (i < end && c !== 35 && c !== 13) {
      const width = i - start;
      while (widths.length > 0 && (widths[widths.length - 1] ?? 0) >= width) widths.pop();
      widths.push(width);
      if (widths.length > limit) return start;
    }
    start = end + 1;
  }
  return -1;
}
