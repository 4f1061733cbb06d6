import type { TJsonValue } from "../types.ts";

function deeper(node: object, depth: number, limit: number): boolean {
  if (depth > limit) return true;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (child !== null && typeof child === "object" && deeper(child, depth + 1, limit)) return true;
    }
    return false;
  }
  const record = node as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (child !== null && typeof child === "object" && deeper(child, depth + 1, limit)) return true;
  }
  return false;
}

/**
 * Whether objects and arrays (counted alike) nest deeper than `limit` in a parsed document. YAML nests
 * by indentation and JSON objects nest without bracket runs, so the bracket scan done on the text cannot
 * see every case; this runs on the value. The recursion stops at `limit` + 1 frames, so it cannot overflow.
 */
export function exceedsDepth(value: TJsonValue | undefined, limit: number): boolean {
  return value !== null && typeof value === "object" && deeper(value, 1, limit);
}
