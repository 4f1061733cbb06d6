import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDefinition } from "./diff/fixtures/make-definition.ts";
import { packageDir } from "./run-cli.ts";

/** What these tests change in a generated definition: its schemas and its paths, whatever their shape. */
type EditableDefinition = { definitions?: Record<string, unknown>; paths: Record<string, unknown> };

/**
 * Bad input to `connector-hub validate`, run as the real binary: exit 1 (the input is an error finding, as
 * README's exit codes say), exactly one finding that names the code and what to change, never a stack
 * trace. Time and peak memory of each run are printed as figures; the ceilings are generous because the
 * machine is shared (the target is under 2 s and 300 MB, Node and tsx starting included).
 */
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const CEILING_SECONDS = 20;
const CEILING_MB = 300;

interface JsonReport {
  files: { file: string; findings: { code: string; severity: string; message: string; line: number }[] }[];
}

let dir = "";
let server: Server;
let hits = 0;
let port = 0;
const file = (name: string) => join(dir, name);

function validate(name: string) {
  const args = ["bin/connector-hub.mjs", "validate", file(name), "--format", "json"];
  const env = { ...process.env, NO_COLOR: "1" };
  const result = TIME
    ? spawnSync(TIME, ["-f", "figures %e %M", process.execPath, ...args], { cwd: packageDir, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, args, { cwd: packageDir, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  const figures = /figures ([\d.]+) (\d+)\s*$/.exec(result.stderr);
  const stderr = result.stderr.replace(/(Command exited with non-zero status \d+\n)?figures [\d.]+ \d+\s*$/, "");
  const seconds = figures ? Number(figures[1]) : NaN;
  const megabytes = figures ? Number(figures[2]) / 1024 : NaN;
  console.log(`validate ${name}: exit ${String(result.status)}, ${seconds.toFixed(2)} s, ${megabytes.toFixed(0)} MB peak`);
  const findings = (JSON.parse(result.stdout) as JsonReport).files.flatMap((f) => f.findings);
  return { code: result.status, findings, stderr, seconds, megabytes };
}

function expectBounded(run: { seconds: number; megabytes: number }) {
  if (!TIME) return;
  expect(run.seconds).toBeLessThan(CEILING_SECONDS);
  expect(run.megabytes).toBeLessThan(CEILING_MB);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "validate-bad-"));
  server = createServer((_req, res) => {
    hits++;
    res.end("{}");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as { port: number }).port;
  const valid = makeDefinition();
  writeFileSync(file("empty.json"), "");
  writeFileSync(file("binary.json"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(file("huge.json"), JSON.stringify({ ...valid, "x-padding": "x".repeat(50 * 1024 * 1024) }));
  writeFileSync(file("deep-arrays.json"), `{"swagger": "2.0", "x-deep": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`);
  writeFileSync(file("deep-objects.json"), `{"swagger": "2.0", "x-deep": ${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}`);
  writeFileSync(file("deep-sequences.yaml"), `swagger: "2.0"\nx-deep:\n  ${"- ".repeat(50_000)}x\n`);
  // Block indentation grows the file quadratically: 3,000 levels one space apart are 4.5 MB (50,000 would be 1.25 GB).
  const indented = ['swagger: "2.0"', "x-deep:", ...Array.from({ length: 3_000 }, (_, i) => `${" ".repeat(i + 1)}a:`), `${" ".repeat(3_001)}b`];
  writeFileSync(file("deep-indentation.yaml"), indented.join("\n") + "\n");
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
  const loop = makeDefinition() as unknown as EditableDefinition;
  loop.definitions = { ...loop.definitions, A: { $ref: "#/definitions/B" }, B: { $ref: "#/definitions/A" } };
  loop.paths["/loop"] = { get: { operationId: "Loop", summary: "Loop", responses: { "200": { description: "OK", schema: { $ref: "#/definitions/A" } } } } };
  writeFileSync(file("loop.json"), JSON.stringify(loop, null, 2));
  const external = makeDefinition() as unknown as EditableDefinition;
  external.paths["/remote"] = {
    get: {
      operationId: "Remote",
      summary: "Remote",
      responses: { "200": { description: "OK", schema: { $ref: `http://127.0.0.1:${port}/schema.json#/Item` } } },
    },
  };
  writeFileSync(file("external.json"), JSON.stringify(external, null, 2));
});

afterAll(() => {
  server.close();
});

describe("connector-hub validate on bad input", { timeout: 60_000 }, () => {
  it.each([
    ["an empty file", "empty.json", "InvalidJson", /empty/],
    ["a binary file", "binary.json", "BinaryContentNotAllowed", /binary data/],
    ["a 50 MB file", "huge.json", "FileTooLarge", /50\.\d MB/],
    ["50,000 levels of JSON arrays", "deep-arrays.json", "NestingTooDeep", /Flatten/],
    ["50,000 levels of JSON objects", "deep-objects.json", "NestingTooDeep", /Flatten/],
    ["50,000 levels of YAML sequences", "deep-sequences.yaml", "NestingTooDeep", /Flatten/],
    ["3,000 levels of YAML block indentation", "deep-indentation.yaml", "NestingTooDeep", /Flatten/],
    ["a YAML alias bomb", "bomb.yaml", "YamlAliasLimitExceeded", /alias/i],
  ])("%s: exit 1 and one finding that says what to change", (_name, name, code, words) => {
    const run = validate(name);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.findings.map((f) => [f.code, f.severity])).toEqual([[code, "error"]]);
    const message = run.findings[0]?.message ?? "";
    expect(message).toMatch(words);
    expect(message.split("\n")).toHaveLength(1);
    expectBounded(run);
  });

  it("places YAML nested by indentation on the line where it passes the limit", () => {
    const run = validate("deep-indentation.yaml");
    expect(run.findings[0]?.line).toBe(258);
  });

  it("a $ref loop: a warning with the published code, no crash", () => {
    const run = validate("loop.json");
    expect(run.stderr).toBe("");
    expect(run.findings.map((f) => f.code)).toContain("SchemaRefLoopNotAllowed");
    expect(run.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(run.code).toBe(0);
    expectBounded(run);
  });

  it("an external $ref: reported, never fetched", () => {
    const run = validate("external.json");
    expect(run.stderr).toBe("");
    expect(run.findings.map((f) => f.code)).toContain("SchemaReferenceNotValid");
    expect(hits).toBe(0);
    expectBounded(run);
  });
});
