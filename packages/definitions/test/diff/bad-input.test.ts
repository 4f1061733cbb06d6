import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageDir } from "../run-cli.ts";
import { makeDefinition } from "./fixtures/make-definition.ts";

/**
 * Bad input to `connector-hub diff`, run as the real binary: one line on stderr (never a stack trace) and
 * the documented exit code. Time and peak memory of each run are printed as figures; the ceilings are
 * generous (the machine is shared), the target is under 2 s and 300 MB.
 */
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const CEILING_SECONDS = 20;
const CEILING_MB = 300;

let dir = "";
let server: Server;
let hits = 0;
let port = 0;
const file = (name: string) => join(dir, name);

function diff(before: string, after: string) {
  const args = ["bin/connector-hub.mjs", "diff", file(before), file(after)];
  const result = TIME
    ? spawnSync(TIME, ["-f", "figures %e %M", process.execPath, ...args], { cwd: packageDir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } })
    : spawnSync(process.execPath, args, { cwd: packageDir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const figures = /figures ([\d.]+) (\d+)\s*$/.exec(result.stderr);
  const stderr = result.stderr.replace(/(Command exited with non-zero status \d+\n)?figures [\d.]+ \d+\s*$/, "");
  const seconds = figures ? Number(figures[1]) : NaN;
  const megabytes = figures ? Number(figures[2]) / 1024 : NaN;
  console.log(`diff ${before} ${after}: exit ${String(result.status)}, ${seconds.toFixed(2)} s, ${megabytes.toFixed(0)} MB peak`);
  return { code: result.status, stdout: result.stdout, stderr, seconds, megabytes };
}

function expectBounded(run: { seconds: number; megabytes: number }) {
  if (!TIME) return;
  expect(run.seconds).toBeLessThan(CEILING_SECONDS);
  expect(run.megabytes).toBeLessThan(CEILING_MB);
}

function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "diff-bad-"));
  server = createServer((_req, res) => {
    hits++;
    res.end("{}");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as { port: number }).port;
  const valid = makeDefinition();
  writeFileSync(file("valid.json"), JSON.stringify(valid, null, 2));
  writeFileSync(file("empty.json"), "");
  writeFileSync(file("binary.json"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(file("huge.json"), JSON.stringify({ ...valid, "x-padding": "x".repeat(50 * 1024 * 1024) }));
  writeFileSync(file("deep-arrays.json"), `{"swagger": "2.0", "x-deep": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`);
  writeFileSync(file("deep-objects.json"), `{"swagger": "2.0", "x-deep": ${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}`);
  writeFileSync(file("deep.yaml"), `swagger: "2.0"\nx-deep:\n  ${"- ".repeat(50_000)}x\n`);
  // Block indentation grows the file quadratically: 3,000 levels one space apart are 4.5 MB (50,000 would be 1.25 GB).
  writeFileSync(
    file("deep-indentation.yaml"),
    ['swagger: "2.0"', "x-deep:", ...Array.from({ length: 3_000 }, (_, i) => `${" ".repeat(i + 1)}a:`), `${" ".repeat(3_001)}b`].join("\n") + "\n",
  );
  const bomb = [
    "swagger: '2.0'",
    "a: &a [x, x, x, x, x, x, x, x, x]",
    ...Array.from(
      { length: 9 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(", ")}]`,
    ),
  ];
  writeFileSync(file("bomb.yaml"), bomb.join("\n") + "\n");
  const loop = makeDefinition() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the fixture is edited as free-form JSON below
  loop.definitions = {
    ...loop.definitions,
    A: { $ref: "#/definitions/B" },
    B: { $ref: "#/definitions/A" },
    Node: { type: "object", properties: { next: { $ref: "#/definitions/Node" } } },
  };
  loop.parameters = { ...loop.parameters, P: { $ref: "#/parameters/Q" }, Q: { $ref: "#/parameters/P" } };
  loop.paths["/loop"] = {
    get: { operationId: "Loop", parameters: [{ $ref: "#/parameters/P" }], responses: { "200": { description: "OK", schema: { $ref: "#/definitions/A" } } } },
  };
  writeFileSync(file("loop.json"), JSON.stringify(loop));
  const loopAfter = JSON.parse(JSON.stringify(loop));
  loopAfter.paths["/loop"].get.responses["200"].schema = { $ref: "#/definitions/Node" };
  writeFileSync(file("loop-after.json"), JSON.stringify(loopAfter));
  const external = JSON.parse(JSON.stringify(loop));
  external.paths["/loop"].get.responses["200"].schema = { $ref: `http://127.0.0.1:${port}/schema.json#/Item` };
  external.paths["/loop"].get.parameters = [{ $ref: `http://127.0.0.1:${port}/parameters.json` }];
  writeFileSync(file("external.json"), JSON.stringify(external));
});

afterAll(() => {
  server.close();
});

describe("connector-hub diff on bad input", { timeout: 60_000 }, () => {
  it.each([
    ["an empty file", "empty.json", /empty\.json: the file is empty\. Pass /],
    ["a binary file", "binary.json", /binary\.json:1:1: (BinaryContentNotAllowed|FileNotUtf8): /],
    ["a 50 MB file", "huge.json", /huge\.json: FileTooLarge: the file is 50\.\d MB/],
    ["50,000 levels of JSON arrays", "deep-arrays.json", /deep-arrays\.json:1:\d+: NestingTooDeep: /],
    ["50,000 levels of JSON objects", "deep-objects.json", /deep-objects\.json(:1:\d+)?: NestingTooDeep: /],
    ["50,000 levels of YAML indentation", "deep.yaml", /deep\.yaml(:\d+:\d+)?: (NestingTooDeep|InvalidYaml): /],
    ["3,000 levels of YAML block indentation", "deep-indentation.yaml", /deep-indentation\.yaml:258:1: NestingTooDeep: /],
    ["a YAML alias bomb", "bomb.yaml", /bomb\.yaml:\d+:\d+: YamlAliasLimitExceeded: /],
  ])("%s: exit 2 and one line that says what to change", (_name, name, pattern) => {
    const run = diff("valid.json", name);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expectOneLine(run.stderr, new RegExp(`^error: .*${pattern.source}`));
    expectBounded(run);
  });

  it("$ref loops (schemas, parameters, a recursive schema): a result, no crash", () => {
    const run = diff("loop.json", "loop-after.json");
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).toMatch(/Loop/);
    expectBounded(run);
  });

  it("external $refs: never fetched, compared as written", () => {
    const run = diff("loop.json", "external.json");
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    expect(hits).toBe(0);
    expectBounded(run);
  });
});
