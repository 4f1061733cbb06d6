import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectBounded, runTimedCli, writeHostileInputs } from "../support/bad-input.ts";
import { makeDefinition } from "./fixtures/make-definition.ts";

/**
 * Bad input to `connector-hub diff`, run as the real binary: one line on stderr (never a stack trace) and
 * the documented exit code. Time and peak memory of each run are printed as figures (support/bad-input.ts).
 */
let dir = "";
let server: Server;
let hits = 0;
let port = 0;
const file = (name: string) => join(dir, name);

function diff(before: string, after: string) {
  return runTimedCli(["diff", file(before), file(after)], `diff ${before} ${after}`);
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
  writeHostileInputs(dir, valid);
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
    ["50,000 levels of YAML sequences", "deep-sequences.yaml", /deep-sequences\.yaml(:\d+:\d+)?: (NestingTooDeep|InvalidYaml): /],
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
