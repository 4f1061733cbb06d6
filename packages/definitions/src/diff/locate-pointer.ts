import { findNodeAtLocation, parseTree, type Node as JsonNode } from "jsonc-parser";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";

export interface TPosition {
  line: number;
  column: number;
}

type TLocator = (pointer: string) => TPosition | undefined;

const segmentsOf = (pointer: string) => (pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")));

/**
 * Builds a lookup from JSON pointer to line and column in the original text, so reports send a
 * maker to the line to edit. A pointer to something missing falls back to its deepest existing
 * parent. JSON goes through jsonc-parser (fast on large definitions), YAML through yaml.
 */
export function createPointerLocator(text: string): TLocator {
  const content = text.replace(/^\uFEFF/, "");
  const offset = text.length - content.length;
  return /^\s*[{[]/.test(content) ? locateInJson(content, offset) : locateInYaml(content);
}

function locateInJson(content: string, offset: number): TLocator {
  const root = parseTree(content);
  if (!root) return () => undefined;
  const lineStarts = [0];
  for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (pointer) => {
    const segments = segmentsOf(pointer);
    let node: JsonNode | undefined;
    // The deepest node that exists: drop segments until one is found.
    for (let length = segments.length; length >= 0 && !node; length--) {
      node = findNodeAtLocation(root, segments.slice(0, length).map((s) => (/^\d+$/.test(s) && isArrayAt(root, segments.slice(0, length - 1)) ? Number(s) : s)));
    }
    if (!node) return undefined;
    // A property's value starts after its key; point at the key, where the maker reads the name.
    const at = node.parent?.type === "property" ? node.parent.offset : node.offset;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - (lineStarts[low] ?? 0) + 1 + (low === 0 ? offset : 0) };
  };
}

function isArrayAt(root: JsonNode, segments: string[]): boolean {
  return findNodeAtLocation(root, segments)?.type === "array";
}

function locateInYaml(content: string): TLocator {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) return () => undefined;
  return (pointer) => {
    let node: unknown = doc.contents;
    let at = hasRange(node) ? node.range[0] : undefined;
    for (const segment of segmentsOf(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        if (!pair) break;
        if (hasRange(pair.key)) at = pair.key.range[0];
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (!hasRange(item)) break;
        at = item.range[0];
        node = item;
      } else {
        break;
      }
    }
    if (at === undefined) return undefined;
    const position = lineCounter.linePos(at);
    return { line: position.line, column: position.col };
  };
}

function hasRange(value: unknown): value is YamlNode & { range: [number, number, number] } {
  return typeof value === "object" && value !== null && Array.isArray((value as { range?: unknown }).range);
}
