import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { expect } from "vitest";

/**
 * Compares `actual` with the golden file byte for byte. A missing golden fails: a golden is written only on purpose,
 * with UPDATE_GOLDEN=1 (then the new file is read in review like any other change).
 */
export function expectGolden(file: string, actual: string, options: { update?: boolean } = {}): void {
  const update = options.update ?? process.env.UPDATE_GOLDEN === "1";
  const shown = relative(process.cwd(), file);
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`golden file ${shown} is missing. If this output is new and reviewed, write it with UPDATE_GOLDEN=1 and commit it.`);
  }
  expect(actual, `output differs from ${shown} (UPDATE_GOLDEN=1 rewrites it after a reviewed change)`).toBe(readFileSync(file, "utf8"));
}
