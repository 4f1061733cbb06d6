// npm test's last line (scripts/test.ts) counts a test file that fails to load as a failure, from a real vitest run.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countResults } from "../../../scripts/lib/count-results.ts";
import { root } from "./hub.ts";

describe("the counts behind npm test's last line", () => {
  it("a suite that fails to load is a failure, even with no failed test", () => {
    const fixture = path.join(import.meta.dirname, "../fixtures/suite-that-fails-to-load");
    const report = path.join(mkdtempSync(path.join(os.tmpdir(), "hub-counts-")), "vitest.json");
    const run = spawnSync(path.join(root, "node_modules/.bin/vitest"), ["run", "--root", fixture, "--reporter=json", `--outputFile=${report}`], {
      encoding: "utf8",
      env: { ...process.env, CI: "" },
    });
    expect(run.status).toBe(1);
    const counts = countResults([report], root);
    expect(counts).toMatchObject({ passed: 1, failed: 0 });
    expect(counts.brokenSuites).toEqual([path.relative(root, path.join(fixture, "fails-to-load.test.ts"))]);
  });
});
