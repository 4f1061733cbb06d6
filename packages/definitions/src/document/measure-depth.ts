import type { TJsonValue } from "../types.ts";

/**
 * The deepest nesting of objects and arrays in a parsed document, counted alike, with an explicit stack
 * (no recursion), stopping as soon as `limit` is passed. YAML nests by indentation, so the bracket scan
 * done on the text cannot see it; this check runs on the value.
 */
export function exceedsDepth(value: TJsonValue | undefined, limit: number): boolean {
  if (value === null || typeof value !== "object") return false;
  const stack: [TJsonValue, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [TJsonValue, number];
    if (depth > limit) return true;
    const children = Array.isArray(node) ? node : Object.values(node as Record<string, TJsonValue>);
    for (const child of children) if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}
