import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export interface TPosition {
  line: number;
  column: number;
}

/**
 * Builds a lookup from JSON pointer to line and column in the original text, so reports can send
 * a maker to the line to edit. Pointers that end inside a missing node fall back to the deepest
 * node that exists.
 */
export function createPointerLocator(text: string): (pointer: string) => TPosition | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) return () => undefined;
  return (pointer) => {
    let node: unknown = doc.contents;
    let offset = isNodeWithRange(node) ? node.range[0] : undefined;
    const segments = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    for (const segment of segments) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        if (!pair) break;
        if (isNodeWithRange(pair.key)) offset = pair.key.range[0];
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (!isNodeWithRange(item)) break;
        offset = item.range[0];
        node = item;
      } else {
        break;
      }
    }
    if (offset === undefined) return undefined;
    const at = lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
  };
}

function isNodeWithRange(value: unknown): value is Node & { range: [number, number, number] } {
  return typeof value === "object" && value !== null && Array.isArray((value as { range?: unknown }).range);
}
