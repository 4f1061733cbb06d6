import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Target } from "../src/cli/collect-targets.ts";
import { defaultThreads, PARALLEL_MIN_TARGETS, validateTargets } from "../src/cli/validate-targets.ts";
import { findCorpusDir, listCorpusConnectors } from "./corpus-helpers.ts";
import { packageDir } from "./run-cli.ts";

/** Every fixture (lone files, Postman collections, connector folders) and, when the corpus is there, 80 of its folders. */
function targetSet(): Target[] {
  const fixtures = join(packageDir, "test/fixtures");
  const files = (dir: string) =>
    readdirSync(join(fixtures, dir))
      .filter((name) => name.endsWith(".json") && !name.endsWith(".apiProperties.json"))
      .sort()
      .map((name): Target => ({ kind: "file", path: join(fixtures, dir, name) }));
  const targets: Target[] = [
    ...files("invalid"),
    ...files("postman"),
    { kind: "file", path: join(fixtures, "cli/warnings-only.json") },
    { kind: "folder", path: join(fixtures, "cli/broken-connector") },
    { kind: "folder", path: join(fixtures, "valid/contoso-tasks") },
  ];
  const corpus = findCorpusDir();
  if (corpus)
    targets.push(
      ...listCorpusConnectors(corpus)
        .slice(0, 80)
        .map((c): Target => ({ kind: "folder", path: c.dir })),
    );
  return targets;
}

describe("validateTargets", { timeout: 120_000 }, () => {
  it("gives the same reports, in input order, with worker threads as on one thread", async () => {
    const targets = targetSet();
    const done: string[] = [];
    let byWorkers = 0;
    const sequential = await validateTargets(targets, { certification: false, threads: 1 });
    const parallel = await validateTargets(targets, {
      certification: false,
      threads: 2,
      isValidatingHere: false,
      onDone: (t, isByWorker) => {
        done.push(t.path);
        if (isByWorker) byWorkers++;
      },
    });
    expect(parallel).toEqual(sequential);
    expect(parallel).toHaveLength(targets.length);
    expect(done.sort()).toEqual(targets.map((t) => t.path).sort());
    // The workers' own reports (a worker that failed would leave its targets to this thread).
    expect(byWorkers).toBe(targets.length);
    // Not a vacuous comparison: the fixtures raise findings, with source lines kept for the text report.
    const reports = parallel.flat();
    expect(reports.filter((r) => r.findings.length > 0).length).toBeGreaterThan(150);
    expect(reports.filter((r) => r.findings.length === 0 && r.source !== undefined)).toEqual([]);
  });

  it("gives the same reports for the certification rules", async () => {
    const targets = targetSet().slice(0, 40);
    const sequential = await validateTargets(targets, { certification: true, threads: 1 });
    expect(await validateTargets(targets, { certification: true, threads: 2, isValidatingHere: false })).toEqual(sequential);
    // This thread and a worker together, claiming from the same counter.
    expect(await validateTargets(targets, { certification: true, threads: 3 })).toEqual(sequential);
  });

  it("fails as one thread does when a target fails in a worker (the target is run again here)", async () => {
    const targets: Target[] = [...targetSet().slice(0, 5), { kind: "file", path: join(packageDir, "test/fixtures/no-such-file.json") }];
    const sequential = validateTargets(targets, { certification: false, threads: 1 });
    await expect(sequential).rejects.toThrow(/ENOENT.*no-such-file\.json/);
    await expect(validateTargets(targets, { certification: false, threads: 2, isValidatingHere: false })).rejects.toThrow(/ENOENT.*no-such-file\.json/);
  });

  it("uses worker threads only for many targets and at least 4 cores", () => {
    expect(defaultThreads(PARALLEL_MIN_TARGETS - 1, 8)).toBe(1);
    // Two cores stay on one thread (a worker measured as a loss there); more cores use half, at most 4.
    expect([1, 2, 4, 8, 16].map((cores) => defaultThreads(1000, cores))).toEqual([1, 1, 2, 4, 4]);
  });
});
