import type { Position } from "../types.ts";

/**
 * Maps offsets to 1-based line and column. The newline table grows on demand, only as far as the offsets
 * asked for: a file whose findings all sit near its top is not scanned to its end.
 */
export function createLineIndex(text: string): (offset: number) => Position {
  const starts: number[] = [0];
  /** Where the search for the next newline resumes; -1 once the whole text is indexed. */
  let scannedTo = 0;
  return (offset: number) => {
    while (scannedTo >= 0 && scannedTo <= offset) {
      const i = text.indexOf("\n", scannedTo);
      if (i < 0) scannedTo = -1;
      else {
        starts.push(i + 1);
        scannedTo = i + 1;
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
