import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDefinition } from "./diff/fixtures/make-definition.ts";
import { expectBounded, runTimedCli, writeHostileInputs } from "./support/bad-input.ts";

/** What these tests change in a generated definition: its schemas and its paths, whatever their shape. */
type EditableDefinition = { definitions?: Record<string, unknown>; paths: Record<string, unknown> };

/**
 * Bad input to `connector-hub validate`, run as the real binary: exit 1 (the input is an error finding, as
 * README's exit codes say), exactly one finding that names the code and what to change, never a stack
 * trace. Time and peak memory of each run are printed as figures (support/bad-input.ts).
 */

interface JsonReport {
  files: { file: string; findings: { code: string; severity: string; message: string; line: number }[] }[];
}

let dir = "";
let server: Server;
let hits = 0;
let port = 0;
const file = (name: string) => join(dir, name);

function validate(name: string) {
  const run = runTimedCli(["validate", file(name), "--format", "json"], `validate ${name}`);
  return { ...run, findings: (JSON.parse(run.stdout) as JsonReport).files.flatMap((f) => f.findings) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "validate-bad-"));
  server = createServer((_req, res) => {
    hits++;
    res.end("{}");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as { port: number }).port;
  writeHostileInputs(dir, makeDefinition());
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
  // A body that refers to itself ten times over through allOf, called by a dynamic extension: every rule that reads
  // the called operation's body through $refs must read each schema once (ten to the ninth reads otherwise).
  const fanout = makeDefinition() as unknown as EditableDefinition;
  fanout.definitions = { ...fanout.definitions, Fan: { allOf: Array.from({ length: 10 }, () => ({ $ref: "#/definitions/Fan" })) } };
  fanout.paths["/fan"] = {
    post: {
      operationId: "Fan",
      summary: "Fan",
      parameters: [{ name: "body", in: "body", schema: { $ref: "#/definitions/Fan" } }],
      responses: { "200": { description: "OK" } },
    },
  };
  fanout.paths["/pick"] = {
    get: {
      operationId: "Pick",
      summary: "Pick",
      parameters: [{ name: "x", in: "query", type: "string", "x-ms-dynamic-values": { operationId: "Fan", "value-path": "id", parameters: { zz: "1" } } }],
      responses: { "200": { description: "OK" } },
    },
  };
  writeFileSync(file("fanout.json"), JSON.stringify(fanout, null, 2));
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

  it("a body whose $refs fan out: read once each, the findings of its loop and its unknown argument, no hang", () => {
    const run = validate("fanout.json");
    expect(run.stderr).toBe("");
    const codes = run.findings.map((f) => f.code);
    expect(codes).toContain("SchemaRefLoopNotAllowed");
    expect(codes).toContain("OperationParameterNameNotFound");
    expect(run.findings.filter((f) => f.severity === "error")).toEqual([]);
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
