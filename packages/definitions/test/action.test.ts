import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { packageDir } from "./run-cli.ts";

const fixture = join(packageDir, "test", "fixtures", "valid", "contoso-tasks");
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
};

/** A connector repository as a maker keeps one: a published version committed, then a change that removes an operation. */
function makeFixtureRepository(): string {
  const repo = mkdtempSync(join(tmpdir(), "hub-action-"));
  const folder = join(repo, "connectors", "Contoso Tasks");
  mkdirSync(folder, { recursive: true });
  cpSync(fixture, folder, { recursive: true });
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "Contoso Tasks 1.0");
  const file = join(folder, "apiDefinition.swagger.json");
  const definition = JSON.parse(readFileSync(file, "utf8")) as { paths: Record<string, unknown> };
  delete definition.paths["/tasks/{taskId}/complete"];
  writeFileSync(file, `${JSON.stringify(definition, null, 2)}\n`);
  git(repo, "commit", "-q", "-am", "Remove CompleteTask");
  return repo;
}

/** Runs the Action's entry point as the composite step does: node bin/connector-hub-action.mjs with INPUT_* set. */
function runEntry(repo: string, inputs: Record<string, string>) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    GITHUB_WORKSPACE: repo,
    GITHUB_STEP_SUMMARY: join(repo, "summary.md"),
    GITHUB_OUTPUT: join(repo, "output.txt"),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  writeFileSync(env.GITHUB_STEP_SUMMARY as string, "");
  writeFileSync(env.GITHUB_OUTPUT as string, "");
  return new Promise<{ code: number | null; stdout: string }>((resolve) => {
    const child = spawn(process.execPath, [join(packageDir, "bin", "connector-hub-action.mjs")], { env, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("close", (code: number | null) => resolve({ code, stdout }));
  });
}

describe("the GitHub Action (action.yml) run on a fixture repository through its entry point", { timeout: 30_000 }, () => {
  it("annotates the breaking change, writes SARIF with a validation and a diff run, the outputs and the summary, and fails", async () => {
    const repo = makeFixtureRepository();
    const { code, stdout } = await runEntry(repo, { definitions: "connectors/**/apiDefinition.swagger.json", "base-ref": "HEAD~1" });
    expect(code).toBe(1);
    const breaking = stdout.split("\n").filter((l) => l.startsWith("::error") && l.includes("title=Breaking%3A"));
    expect(breaking.length).toBeGreaterThan(0);
    expect(breaking[0]).toMatch(/^::error file=connectors\/Contoso Tasks\/apiDefinition\.swagger\.json,line=\d+,col=\d+,title=Breaking%3A OperationRemoved::/);
    const sarif = JSON.parse(readFileSync(join(repo, "connector-hub.sarif"), "utf8")) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs).toHaveLength(2);
    expect(sarif.runs[1]?.results.map((r) => r.ruleId)).toContain("OperationRemoved");
    const outputs = readFileSync(join(repo, "output.txt"), "utf8");
    expect(outputs).toMatch(/^errors=0\nwarnings=\d+\nbreaking=[1-9]\d*\nsarif-file=connector-hub.sarif\n$/);
    expect(readFileSync(join(repo, "summary.md"), "utf8")).toContain("1 definition checked");
  });

  it("fail-on never passes; with a hub URL and token it says which operations in use are touched, and never prints the token", async () => {
    const repo = makeFixtureRepository();
    const seen: IncomingHttpHeaders[] = [];
    const hub = createServer((request, response) => {
      seen.push(request.headers);
      response.setHeader("content-type", "application/json");
      response.end(
        JSON.stringify({
          sharingScope: "ORGANIZATION",
          sharedVersion: { number: 1 },
          operations: [{ operationId: "ListTasks" }, { operationId: "CompleteTask" }],
        }),
      );
    });
    await new Promise<void>((resolve) => hub.listen(0, "127.0.0.1", resolve));
    const port = (hub.address() as AddressInfo).port;
    try {
      const token = "hub_test_token_1234567890";
      const { code, stdout } = await runEntry(repo, {
        "base-ref": "HEAD~1",
        "fail-on": "never",
        "hub-url": `http://127.0.0.1:${port}`,
        "hub-token": token,
        "hub-connector": "contoso-tasks",
      });
      expect(code).toBe(0);
      expect(seen[0]?.authorization).toBe(`Bearer ${token}`);
      expect(stdout).toContain("Usage impact in the hub (contoso-tasks, shared as ORGANIZATION, version 1 in use): breaking changes touch CompleteTask.");
      expect(stdout).not.toContain(token);
      expect(readFileSync(join(repo, "summary.md"), "utf8")).not.toContain(token);
    } finally {
      hub.close();
    }
  });
});

describe("action.yml", () => {
  it("passes every input to the entry point it runs, and that entry point exists", () => {
    const action = parse(readFileSync(join(packageDir, "..", "..", "action.yml"), "utf8")) as {
      inputs: Record<string, unknown>;
      runs: { using: string; steps: { id?: string; env?: Record<string, string>; run?: string }[] };
    };
    expect(action.runs.using).toBe("composite");
    const check = action.runs.steps.find((s) => s.id === "check");
    const passed = Object.keys(check?.env ?? {}).sort();
    const expected = Object.keys(action.inputs)
      .filter((name) => name !== "upload-sarif")
      .map((name) => `INPUT_${name.toUpperCase()}`)
      .sort();
    expect(passed).toEqual(expected);
    expect(check?.run).toContain("packages/definitions/bin/connector-hub-action.mjs");
    expect(existsSync(join(packageDir, "bin", "connector-hub-action.mjs"))).toBe(true);
  });
});
