import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageDir, runCli } from "./run-cli.ts";
import { expectGolden as expectGoldenFile } from "./support/golden.ts";

/** Compares with test/golden/<name>; a missing golden fails, UPDATE_GOLDEN=1 rewrites it after a reviewed change. */
function expectGolden(name: string, actual: string): void {
  expectGoldenFile(join(packageDir, "test", "golden", name), actual);
}

describe("connector-hub validate", { timeout: 60_000 }, () => {
  it("exits 0 and says so for a clean connector folder", () => {
    const run = runCli(["validate", "test/fixtures/valid/contoso-tasks"]);
    expect(run.code).toBe(0);
    expectGolden("valid.txt", run.stdout);
  });

  it("exits 1 and prints findings grouped by file with source and caret", () => {
    const run = runCli(["validate", "test/fixtures/cli/broken-connector"]);
    expect(run.code).toBe(1);
    expectGolden("broken.txt", run.stdout);
  });

  it("writes the documented JSON shape", () => {
    const run = runCli(["validate", "test/fixtures/cli/broken-connector", "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { file: string; findings: object[] }[]; summary: object };
    expect(report.summary).toEqual({ files: 2, errors: 5, warnings: 4 });
    expect(Object.keys(report.files[0]?.findings[0] ?? {})).toEqual(["code", "severity", "message", "path", "line", "column"]);
    expectGolden("broken.json", run.stdout);
  });

  it("writes SARIF 2.1.0 with rules and physical locations", () => {
    const run = runCli(["validate", "test/fixtures/cli/broken-connector", "--format", "sarif"]);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    const first = sarif.runs[0]?.results[0];
    expect(first?.locations[0]?.physicalLocation.artifactLocation.uri).toBe("test/fixtures/cli/broken-connector/apiDefinition.swagger.json");
    expect(first?.locations[0]?.physicalLocation.region.startLine).toBe(4);
    expectGolden("broken.sarif", run.stdout);
  });

  it("fails on warnings only when they exceed --max-warnings", () => {
    expect(runCli(["validate", "test/fixtures/cli/warnings-only.json"]).code).toBe(0);
    expect(runCli(["validate", "test/fixtures/cli/warnings-only.json", "--max-warnings", "1"]).code).toBe(0);
    const strict = runCli(["validate", "test/fixtures/cli/warnings-only.json", "--max-warnings", "0"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/warnings exceed --max-warnings 0/);
  });

  it("applies the certification rules only with --certification", () => {
    const run = runCli(["validate", "test/fixtures/cli/warnings-only.json", "--certification", "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { findings: { code: string; path: string }[] }[] };
    expect(report.files.map((f) => f.findings.map((x) => [x.code, x.path]))).toEqual([
      [
        ["ConnectorMetadataPropertiesMissing", ""],
        ["FieldLengthNotInRange", "/info/description"],
        ["HostNotProduction", "/host"],
        ["ConsumesMissing", "/paths/~1notes/post"],
      ],
    ]);
  });

  it("checks agent readiness with --profile agent, and a discovered MCP tool list with --tools", () => {
    expect(runCli(["validate", "test/fixtures/valid/contoso-tasks", "--format", "json"]).code).toBe(0);
    const run = runCli([
      "validate",
      "test/fixtures/valid/contoso-tasks",
      "--profile",
      "agent",
      "--tools",
      "test/fixtures/invalid/McpToolSchemaRef.tools.json",
      "--format",
      "json",
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { file: string; findings: { code: string; path: string; message: string }[] }[] };
    expect(report.files.map((f) => [f.file, f.findings.map((x) => [x.code, x.path])])).toEqual([
      [
        "test/fixtures/valid/contoso-tasks/apiDefinition.swagger.json",
        [
          ["AgentResponseMayExceedLimit", "/paths/~1tasks/get/responses/200"],
          ["AgentToolDescriptionMissing", "/paths/~1tasks/post"],
          ["AgentToolDescriptionMissing", "/paths/~1tasks~1{taskId}~1complete/post"],
        ],
      ],
      ["test/fixtures/valid/contoso-tasks/apiProperties.json", []],
      ["test/fixtures/invalid/McpToolSchemaRef.tools.json", [["McpToolSchemaRef", "/tools/0/inputSchema/properties/filter/$ref"]]],
    ]);
    expect(report.files[2]?.findings[0]?.message).toMatch(/filters the tool out.*Inline the referenced schemas/);
    const sarif = runCli([
      "validate",
      "test/fixtures/valid/mcp/motherduck.json",
      "--tools",
      "test/fixtures/invalid/McpToolEnumInput.tools.json",
      "--format",
      "sarif",
    ]);
    expect(sarif.code).toBe(0);
    const rules = (JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { id: string; properties: { agentOnly: boolean } }[] } } }[] }).runs[0]?.tool
      .driver.rules;
    expect(rules).toEqual([expect.objectContaining({ id: "McpToolEnumInput", properties: expect.objectContaining({ agentOnly: true }) })]);
    const missing = runCli(["validate", "test/fixtures/valid/mcp/motherduck.json", "--tools", "no/tools.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--tools no\/tools.json: no such file/);
  });

  it("exits 2 with a clear message for unreadable input or bad usage", () => {
    const missing = runCli(["validate", "no/such/folder"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no\/such\/folder: no such file or folder/);
    expect(runCli(["validate", "test/fixtures/valid", "--format", "xml"]).code).toBe(2);
    expect(runCli(["validate"]).code).toBe(2);
    expect(runCli(["validate", "test/golden"]).stderr).toMatch(/no connector folder/);
  });

  it("prints the same report with worker threads as on one thread", () => {
    const args = ["validate", "test/fixtures/invalid/*.json", "test/fixtures/cli/broken-connector", "--format", "sarif"];
    const one = runCli([...args, "--threads", "1"]);
    const three = runCli([...args, "--threads", "3"]);
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).runs[0].results.length).toBeGreaterThan(150);
  });

  it("refuses a bad --threads or --max-warnings with exit 2 and the option named, no stack trace", () => {
    const threads = runCli(["validate", "test/fixtures/cli/warnings-only.json", "--threads", "0"]);
    expect(threads.code).toBe(2);
    expect(threads.stderr).toBe(`error: option '--threads <n>' argument '0' is invalid. --threads takes a whole number from 1 to 64, not "0".\n`);
    const warnings = runCli(["validate", "test/fixtures/cli/warnings-only.json", "--max-warnings", "abc"]);
    expect(warnings.code).toBe(2);
    expect(warnings.stderr).toMatch(
      /^error: option '--max-warnings <n>' argument 'abc' is invalid\. --max-warnings takes a whole number of zero or more, not "abc"\.\n$/,
    );
  });

  it("expands globs and searches folders for connector folders", () => {
    const run = runCli(["validate", "test/fixtures/{valid,cli}/*-*", "--format", "json"]);
    const report = JSON.parse(run.stdout) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toContain("test/fixtures/valid/contoso-tasks/apiDefinition.swagger.json");
    expect(report.files.map((f) => f.file)).toContain("test/fixtures/cli/broken-connector/apiProperties.json");
  });
});
