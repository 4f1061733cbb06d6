import { AppError } from "../app-error.ts";

/**
 * How deep a stored document may nest. The database layer refuses JSON nested more than about 128 levels (Prisma's
 * engine parses JSON values with serde_json's recursion limit), which surfaced as a 500; a real connector nests far
 * less (the validator already warns about schemas deeper than 32 levels).
 */
export const MAX_STORED_DEPTH = 120;

const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** Refuses, with where and what to change, a definition nested deeper than the hub can store. Iterative: any depth. */
export function assertStorableDepth(document: unknown, fileName: string): void {
  const stack: { value: unknown; depth: number; pointer: string }[] = [{ value: document, depth: 1, pointer: "" }];
  while (stack.length > 0) {
    const { value, depth, pointer } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth > MAX_STORED_DEPTH) {
      throw new AppError(
        "UNPROCESSABLE",
        `${fileName} nests more than ${MAX_STORED_DEPTH} levels deep (at ${pointer.length > 120 ? `${pointer.slice(0, 120)}…` : pointer || "/"}); the hub stores definitions up to ${MAX_STORED_DEPTH} levels. ` +
          'Move deeply nested schemas into "definitions" and refer to them with $ref.',
      );
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries)
      if (child !== null && typeof child === "object") stack.push({ value: child, depth: depth + 1, pointer: `${pointer}/${escape(key)}` });
  }
}
