import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import { main } from "../../src/cli/index.ts";
import { editDefinition } from "./fixtures/edit-definition.ts";
import { makeDefinition } from "./fixtures/make-definition.ts";

let dir = "";
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "diff-cli-"));
  const before = makeDefinition();
  const after = editDefinition(before, [{ remove: "/paths/~1items~1{id}/delete" }, { set: "/paths/~1items/get/summary", value: "List all items" }]);
  writeFileSync(file("before.json"), JSON.stringify(before, null, 2));
  writeFileSync(file("same.json"), JSON.stringify(before, null, 2));
  writeFileSync(file("after.json"), JSON.stringify(after, null, 2));
  writeFileSync(file("after.yaml"), stringify(after));
  writeFileSync(file("broken.json"), '{\n  "swagger": "2.0"\n  "host": "x"\n}\n');
  writeFileSync(file("openapi3.json"), JSON.stringify({ openapi: "3.0.3", paths: {} }));
  mkdirSync(file("paconn"));
  writeFileSync(file("paconn/apiDefinition.swagger.json"), JSON.stringify(after));
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function cli(...args: string[]) {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await main(["node", "connector-hub", "diff", ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe("connector-hub diff", () => {
  it("exits 0 and says so when nothing changed", async () => {
    const { code, stdout } = await cli(file("before.json"), file("same.json"));
    expect(code).toBe(0);
    expect(stdout).toContain("No changes that flows or apps would notice");
  });

  it("exits 1 and lists breaking changes first with file and line", async () => {
    const { code, stdout } = await cli(file("before.json"), file("after.json"));
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^BREAKING {2}OperationRemoved \(DeleteItem\) {2}.*before\.json:\d+:\d+ \/paths\/~1items~1\{id\}\/delete$/);
    const line = Number(/before\.json:(\d+):/.exec(lines[0] ?? "")?.[1]);
    expect(readFileSync(file("before.json"), "utf8").split("\n")[line - 1]).toContain('"delete": {');
    expect(stdout).toMatch(/ok {8}TextChanged \(ListItems\) {2}.*after\.json:\d+:\d+ \/paths\/~1items\/get\/summary/);
    expect(stdout).toContain("1 breaking, 1 non-breaking change from");
  });

  it("prints the documented JSON shape", async () => {
    const { code, stdout } = await cli(file("before.json"), file("after.json"), "--format", "json");
    expect(code).toBe(1);
    const body = JSON.parse(stdout) as { changes: Array<Record<string, unknown>>; summary: unknown };
    expect(Object.keys(body)).toEqual(["changes", "summary"]);
    expect(body.summary).toEqual({ breaking: 1, nonBreaking: 1 });
    expect(Object.keys(body.changes[0] ?? {})).toEqual(["code", "kind", "path", "operationId", "message"]);
    expect(body.changes[0]).toMatchObject({ code: "OperationRemoved", kind: "breaking", path: "/paths/~1items~1{id}/delete", operationId: "DeleteItem" });
  });

  it("prints SARIF 2.1.0 with a rule per code and the line of each change", async () => {
    const { stdout } = await cli(file("before.json"), file("after.json"), "--format", "sarif");
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["OperationRemoved", "TextChanged"]);
    const removed = run.results.find((r: { ruleId: string }) => r.ruleId === "OperationRemoved");
    expect(removed.level).toBe("error");
    expect(removed.locations[0].physicalLocation.artifactLocation.uri).toBe(file("before.json"));
    expect(removed.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
  });

  it("reads YAML and paconn folders", async () => {
    expect((await cli(file("before.json"), file("after.yaml"), "--format", "json")).stdout).toContain('"OperationRemoved"');
    expect((await cli(file("before.json"), file("paconn"), "--format", "json")).code).toBe(1);
    const text = (await cli(file("before.json"), file("after.yaml"))).stdout;
    const summaryLine = text.split("\n").find((line) => line.includes("TextChanged"));
    const line = Number(/after\.yaml:(\d+):\d+/.exec(summaryLine ?? "")?.[1]);
    expect(readFileSync(file("after.yaml"), "utf8").split("\n")[line - 1]).toContain("summary: List all items");
  });

  it.each([
    ["a missing file", ["missing.json", "after.json"], /Cannot read .*missing\.json: it does not exist/],
    ["broken JSON", ["before.json", "broken.json"], /broken\.json:3:3: InvalidJson: Invalid JSON: a comma is missing here/],
    ["OpenAPI 3", ["openapi3.json", "after.json"], /is OpenAPI 3\.0\.3; custom connectors use OpenAPI 2\.0/],
  ])("exits 2 with a clear message for %s", async (_name, files, message) => {
    const { code, stdout, stderr } = await cli(...files.map(file));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on an unknown format", async () => {
    const { code, stderr } = await cli(file("before.json"), file("after.json"), "--format", "xml");
    expect(code).toBe(2);
    expect(stderr).toContain("Allowed choices are text, json, sarif");
  });

  it("runs as the connector-hub binary", () => {
    const bin = join(import.meta.dirname, "../../bin/connector-hub.mjs");
    const run = spawnSync(process.execPath, [bin, "diff", file("before.json"), file("after.json"), "--format", "json"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).summary.breaking).toBe(1);
  });
});
