import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHANGE_CODES } from "../../src/diff/index.ts";

describe("DIFF.md", () => {
  it("lists every change code with its kind, and no code that does not exist", () => {
    const doc = readFileSync(join(import.meta.dirname, "../../DIFF.md"), "utf8");
    const rows = [...doc.matchAll(/^\| ([A-Z][A-Za-z]+) \| (breaking|non-breaking) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows.sort()).toEqual(
      Object.entries(CHANGE_CODES)
        .map(([code, { kind }]) => `${code} ${kind}`)
        .sort(),
    );
  });
});
