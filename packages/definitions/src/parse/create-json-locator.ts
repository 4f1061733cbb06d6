import { splitPointer } from "./json-pointer.ts";

interface Slot {
  keyStart: number;
  valueStart: number;
}

/**
 * Finds the offset of a JSON pointer in JSON text without building a full syntax tree: each container on
 * the way is scanned once and its children's offsets cached, so locating many findings stays near one pass.
 * Tolerates comments and trailing commas, like the parser.
 */
const STRUCTURAL = /["{}[\]/]/g;

export function createJsonLocator(text: string): (pointer: string) => number {
  const n = text.length;
  const index = new Map<number, Map<string, Slot>>();

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
      let depth = 0;
      let k = i;
      while (k < n) {
        STRUCTURAL.lastIndex = k;
        const m = STRUCTURAL.exec(text);
        if (!m) return n;
        k = m.index;
        const d = text.charCodeAt(k);
        if (d === 34) {
          k = skipString(k);
          continue;
        }
        if (d === 47) {
          k = text.charCodeAt(k + 1) === 47 || text.charCodeAt(k + 1) === 42 ? skipTrivia(k) : k + 1;
          continue;
        }
        if (d === 123 || d === 91) depth++;
        else if (--depth === 0) return k + 1;
        k++;
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

  function children(valueStart: number): Map<string, Slot> {
    const cached = index.get(valueStart);
    if (cached) return cached;
    const map = new Map<string, Slot>();
    index.set(valueStart, map);
    const open = text.charCodeAt(valueStart);
    let i = skipTrivia(valueStart + 1);
    let position = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 125 || c === 93) break;
      if (c === 44) {
        i = skipTrivia(i + 1);
        continue;
      }
      if (open === 123) {
        if (c !== 34) break;
        const keyEnd = skipString(i);
        const key = readKey(i, keyEnd);
        let v = skipTrivia(keyEnd);
        if (text.charCodeAt(v) !== 58) break;
        v = skipTrivia(v + 1);
        if (!map.has(key)) map.set(key, { keyStart: i, valueStart: v });
        i = skipTrivia(skipValue(v));
      } else {
        map.set(String(position++), { keyStart: i, valueStart: i });
        i = skipTrivia(skipValue(i));
      }
    }
    return map;
  }

  return (pointer: string): number => {
    let at = skipTrivia(0);
    let keyAt = at;
    for (const segment of splitPointer(pointer)) {
      const c = text.charCodeAt(at);
      if (c !== 123 && c !== 91) break;
      const slot = children(at).get(segment);
      if (!slot) break;
      at = slot.valueStart;
      keyAt = slot.keyStart;
    }
    return keyAt;
  };
}
