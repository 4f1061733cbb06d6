import type { Position } from "../types.ts";

/** Maps offsets to 1-based line and column; the newline table is built on first use. */
export function createLineIndex(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset: number) => {
    if (!starts) {
      starts = [0];
      let i = text.indexOf("\n");
      while (i >= 0) {
        starts.push(i + 1);
        i = text.indexOf("\n", i + 1);
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}
