import { splitPointer } from "./json-pointer.ts";

/**
 * From lastIndex (sticky) to the next bracket or slash that is not inside a string, strings taken whole
 * (a backslash escapes the next character). Unrolled so that it never backtracks more than linearly.
 */
const TO_NEXT_BRACKET = /[^"{}[\]/]*(?:"[^"\\]*(?:\\[\s\S][^"\\]*)*"[^"{}[\]/]*)*[{}[\]/]/y;

interface Slot {
  keyStart: number;
  valueStart: number;
}

/**
 * Finds the offset of a JSON pointer in JSON text without building a full syntax tree: each container on
 * the way is scanned once and its children's offsets cached, so locating many findings stays near one pass.
 * Tolerates comments and trailing commas, like the parser.
 */
export function createJsonLocator(text: string): (pointer: string) => number {
  const n = text.length;
  /**
   * How far each container has been scanned. `pos` is where the scan resumes; when `pendingValue` is set,
   * `pos` is the start of the value last found, not yet skipped: the caller descends into it first, so
   * skipping it at once would read it twice.
   */
  const scans = new Map<number, { slots: Map<string, Slot>; pos: number; pendingValue: boolean; count: number; isDone: boolean }>();

  function skipTrivia(i: number): number {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) i++;
      else if (c === 47 && text.charCodeAt(i + 1) === 47) {
        const end = text.indexOf("\n", i);
        i = end < 0 ? n : end + 1;
      } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else break;
    }
    return i;
  }

  function skipString(i: number): number {
    // i is at the opening quote; returns the offset after the closing quote. indexOf runs natively,
    // which matters because strings are most of a definition's bytes.
    let from = i + 1;
    for (;;) {
      const q = text.indexOf('"', from);
      if (q < 0) return n;
      let slashes = 0;
      for (let k = q - 1; k > i && text.charCodeAt(k) === 92; k--) slashes++;
      if (slashes % 2 === 0) return q + 1;
      from = q + 1;
    }
  }

  function skipValue(i: number): number {
    const c = text.charCodeAt(i);
    if (c === 34) return skipString(i);
    if (c === 123 || c === 91) {
      // The regular expression runs to the next bracket (or slash) outside strings, skipping strings and the
      // gaps between them natively in one call; only brackets come back here to be counted.
      let depth = 0;
      TO_NEXT_BRACKET.lastIndex = i;
      while (TO_NEXT_BRACKET.test(text)) {
        const k = TO_NEXT_BRACKET.lastIndex - 1;
        const d = text.charCodeAt(k);
        if (d === 123 || d === 91) depth++;
        else if (d === 125 || d === 93) {
          if (--depth === 0) return k + 1;
        } else if (text.charCodeAt(k + 1) === 47 || text.charCodeAt(k + 1) === 42) {
          TO_NEXT_BRACKET.lastIndex = skipTrivia(k);
        }
      }
      return n;
    }
    let k = i;
    while (k < n) {
      const d = text.charCodeAt(k);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      k++;
    }
    return k;
  }

  function readKey(start: number, end: number): string {
    const raw = text.slice(start + 1, end - 1);
    if (!raw.includes("\\")) return raw;
    try {
      return JSON.parse(text.slice(start, end)) as string;
    } catch {
      return raw;
    }
  }

  /**
   * The slot of one child of the container at valueStart. Each container is scanned incrementally and
   * only as far as needed: finding "paths" does not require skipping over "definitions" after it.
   */
  function child(valueStart: number, segment: string): Slot | undefined {
    let scan = scans.get(valueStart);
    if (!scan) {
      scan = { slots: new Map(), pos: skipTrivia(valueStart + 1), pendingValue: false, count: 0, isDone: false };
      scans.set(valueStart, scan);
    }
    const known = scan.slots.get(segment);
    if (known || scan.isDone) return known;
    const isObject = text.charCodeAt(valueStart) === 123;
    let i = scan.pendingValue ? skipTrivia(skipValue(scan.pos)) : scan.pos;
    let found: Slot | undefined;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 125 || c === 93) break;
      if (c === 44) {
        i = skipTrivia(i + 1);
        continue;
      }
      if (isObject) {
        if (c !== 34) break;
        const keyEnd = skipString(i);
        const key = readKey(i, keyEnd);
        let v = skipTrivia(keyEnd);
        if (text.charCodeAt(v) !== 58) break;
        v = skipTrivia(v + 1);
        const slot = { keyStart: i, valueStart: v };
        if (!scan.slots.has(key)) scan.slots.set(key, slot);
        if (key === segment) {
          found = slot;
          break;
        }
        i = skipTrivia(skipValue(v));
      } else {
        const slot = { keyStart: i, valueStart: i };
        const key = String(scan.count++);
        scan.slots.set(key, slot);
        if (key === segment) {
          found = slot;
          break;
        }
        i = skipTrivia(skipValue(i));
      }
    }
    scan.pendingValue = found !== undefined;
    scan.pos = found ? found.valueStart : i;
    if (!found) scan.isDone = true;
    return found;
  }

  return (pointer: string): number => {
    let at = skipTrivia(0);
    let keyAt = at;
    for (const segment of splitPointer(pointer)) {
      const c = text.charCodeAt(at);
      if (c !== 123 && c !== 91) break;
      const slot = child(at, segment);
      if (!slot) break;
      at = slot.valueStart;
      keyAt = slot.keyStart;
    }
    return keyAt;
  };
}
