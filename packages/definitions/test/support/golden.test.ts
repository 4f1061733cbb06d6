// The golden helper itself: a missing or different golden fails, and only an explicit update writes one.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden } from "./golden.ts";

describe("expectGolden", () => {
  const dir = mkdtempSync(join(tmpdir(), "golden-"));

  it("fails when the golden is missing, and writes nothing", () => {
    const file = join(dir, "missing.txt");
    expect(() => expectGolden(file, "output\n", { update: false })).toThrow(/golden file .*missing\.txt is missing.*UPDATE_GOLDEN=1/);
    expect(existsSync(file)).toBe(false);
  });

  it("fails when the output differs from the golden", () => {
    const file = join(dir, "different.txt");
    writeFileSync(file, "old output\n");
    expect(() => expectGolden(file, "new output\n", { update: false })).toThrow(/output differs from/);
    expect(readFileSync(file, "utf8")).toBe("old output\n");
  });

  it("passes when the output is the golden, byte for byte", () => {
    const file = join(dir, "same.txt");
    writeFileSync(file, "same\n");
    expect(() => expectGolden(file, "same\n", { update: false })).not.toThrow();
    expect(() => expectGolden(file, "same", { update: false })).toThrow();
  });

  it("writes the golden only when asked to update", () => {
    const file = join(dir, "nested", "written.txt");
    expectGolden(file, "fresh\n", { update: true });
    expect(readFileSync(file, "utf8")).toBe("fresh\n");
  });
});
