// What the bad-input tests of `connector-hub validate` and `connector-hub diff` share: the hostile files, and runs of
// the real binary with their time and peak memory (from /usr/bin/time, when the machine has it).
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { packageDir } from "../run-cli.ts";

const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
// Generous because the machine is shared: the target is under 2 s and 300 MB, Node starting included.
const CEILING_SECONDS = 20;
const CEILING_MB = 300;

/**
 * Writes the hostile files into `dir`: empty.json, binary.json, huge.json (`valid` padded to 50 MB), 50,000 levels of
 * JSON arrays (deep-arrays.json), of JSON objects (deep-objects.json) and of YAML sequences (deep-sequences.yaml),
 * 3,000 levels of YAML block indentation (deep-indentation.yaml) and a YAML alias bomb (bomb.yaml).
 */
export function writeHostileInputs(dir: string, valid: object): void {
  const write = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
  write("empty.json", "");
  write("binary.json", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  write("huge.json", JSON.stringify({ ...valid, "x-padding": "x".repeat(50 * 1024 * 1024) }));
  write("deep-arrays.json", `{"swagger": "2.0", "x-deep": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`);
  write("deep-objects.json", `{"swagger": "2.0", "x-deep": ${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}`);
  write("deep-sequences.yaml", `swagger: "2.0"\nx-deep:\n  ${"- ".repeat(50_000)}x\n`);
  // Block indentation grows the file quadratically: 3,000 levels one space apart are 4.5 MB (50,000 would be 1.25 GB).
  const indented = ['swagger: "2.0"', "x-deep:", ...Array.from({ length: 3_000 }, (_, i) => `${" ".repeat(i + 1)}a:`), `${" ".repeat(3_001)}b`];
  write("deep-indentation.yaml", indented.join("\n") + "\n");
  const letter = (i: number) => String.fromCharCode(97 + i);
  const bomb = [
    "swagger: '2.0'",
    "a: &a [x, x, x, x, x, x, x, x, x]",
    ...Array.from(
      { length: 9 },
      (_, i) =>
        `${letter(i + 1)}: &${letter(i + 1)} [${Array(9)
          .fill(`*${letter(i)}`)
          .join(", ")}]`,
    ),
  ];
  write("bomb.yaml", bomb.join("\n") + "\n");
}

/** Runs the real `connector-hub` bin with `args` from the package folder; prints and returns what it took. */
export function runTimedCli(args: string[], label: string) {
  const argv = ["bin/connector-hub.mjs", ...args];
  const options = { cwd: packageDir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 } as const;
  const result = TIME ? spawnSync(TIME, ["-f", "figures %e %M", process.execPath, ...argv], options) : spawnSync(process.execPath, argv, options);
  const figures = /figures ([\d.]+) (\d+)\s*$/.exec(result.stderr);
  const stderr = result.stderr.replace(/(Command exited with non-zero status \d+\n)?figures [\d.]+ \d+\s*$/, "");
  const seconds = figures ? Number(figures[1]) : NaN;
  const megabytes = figures ? Number(figures[2]) / 1024 : NaN;
  console.log(`${label}: exit ${String(result.status)}, ${seconds.toFixed(2)} s, ${megabytes.toFixed(0)} MB peak`);
  return { code: result.status, stdout: result.stdout, stderr, seconds, megabytes };
}

/** Within the ceilings of time and memory (checked only where /usr/bin/time measured them). */
export function expectBounded(run: { seconds: number; megabytes: number }): void {
  if (!TIME) return;
  expect(run.seconds).toBeLessThan(CEILING_SECONDS);
  expect(run.megabytes).toBeLessThan(CEILING_MB);
}
