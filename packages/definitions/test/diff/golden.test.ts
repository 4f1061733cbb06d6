// The diff CLI's whole output for real pairs of versions, against golden files (test/diff/golden/README.md).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageDir, runCli } from "../run-cli.ts";
import { expectGolden } from "../support/golden.ts";

const goldenDir = join(packageDir, "test", "diff", "golden");
const pairs = readdirSync(goldenDir).filter((name) => statSync(join(goldenDir, name)).isDirectory());

describe("connector-hub diff: golden outputs", { timeout: 60_000 }, () => {
  it("has pairs to compare", () => {
    expect(pairs).toEqual(["AADInvitationManager", "Anthropic", "Mime-Automation"]);
  });

  it.each(pairs)("%s: text and JSON output match the goldens, exit 1 for breaking changes", (name) => {
    const before = `test/diff/golden/${name}/before.swagger.json`;
    const after = `test/diff/golden/${name}/after.swagger.json`;
    const text = runCli(["diff", before, after]);
    expect(text.stderr).toBe("");
    expect(text.code).toBe(1);
    expectGolden(join(goldenDir, name, "diff.txt"), text.stdout);
    const json = runCli(["diff", before, after, "--format", "json"]);
    expect(json.code).toBe(1);
    expectGolden(join(goldenDir, name, "diff.json"), json.stdout);
  });

  it("a version against itself: exit 0 and the golden 'no changes' text", () => {
    const same = "test/diff/golden/Anthropic/after.swagger.json";
    const run = runCli(["diff", same, same]);
    expect(run.code).toBe(0);
    expectGolden(join(goldenDir, "no-changes.txt"), run.stdout);
  });
});
