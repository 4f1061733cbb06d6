// The bins run themselves again with V8's thread pool sized to the machine (bin/v8-pool.mjs). These tests run a
// small entry built like the bins: what the work sees (its node flags), what the caller sees (exit code, output,
// signals), and that nothing is left running.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cliNodeFlags, v8PoolSizeFor } from "../bin/v8-pool.mjs";
import { packageDir, runCli } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "v8-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An entry like bin/connector-hub.mjs whose work reports its flags and pid, then exits with `code` or waits. */
const entry = join(dir, "entry.mjs");
writeFileSync(
  entry,
  `import { runWithSizedPool } from ${JSON.stringify(pathToFileURL(join(packageDir, "bin", "v8-pool.mjs")).href)};
if (!(await runWithSizedPool(import.meta.url))) {
  console.log(JSON.stringify({ execArgv: process.execArgv, pid: process.pid, args: process.argv.slice(2), env: Object.keys(process.env) }));
  if (process.argv[2] === "wait") setInterval(() => {}, 1000);
  else process.exitCode = Number(process.argv[2] ?? 0);
}
`,
);

function runEntry(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [entry, ...args], { encoding: "utf8", env });
  return { code: result.status, signal: result.signal, report: JSON.parse(result.stdout.trim()) as { execArgv: string[]; pid: number; args: string[] } };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("V8's thread pool for the CLI", () => {
  it("leaves the main thread a core of its own, and leaves Node's default where it already does", () => {
    expect([1, 2, 3, 4, 5, 8, 64].map(v8PoolSizeFor)).toEqual([1, 1, 2, 3, undefined, undefined, undefined]);
    expect(cliNodeFlags(2)).toEqual(["--v8-pool-size=1"]);
    expect(cliNodeFlags(16)).toEqual([]);
  });

  it("runs the work under the flags for this machine, with the same arguments, and passes its exit code on", () => {
    const { code, report } = runEntry(["7", "--flag", "a b"]);
    expect(code).toBe(7);
    expect(report.args).toEqual(["7", "--flag", "a b"]);
    expect(report.execArgv.filter((flag) => flag.startsWith("--v8-pool-size"))).toEqual(cliNodeFlags());
  });

  it("keeps a pool size the user gave, in NODE_OPTIONS or on the command line", () => {
    const fromEnv = runEntry(["0"], { ...process.env, NODE_OPTIONS: "--v8-pool-size=3" });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.report.execArgv).toEqual([]);
    const result = spawnSync(process.execPath, ["--v8-pool-size=3", entry, "0"], { encoding: "utf8" });
    expect(JSON.parse(result.stdout).execArgv).toEqual(["--v8-pool-size=3"]);
  });

  it("stays one process when it is profiled, so that the profile holds the work", () => {
    const profiles = join(dir, "profiles");
    const result = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profiles}`, entry, "0"], { encoding: "utf8" });
    const report = JSON.parse(result.stdout) as { execArgv: string[]; pid: number };
    expect(report.execArgv).toEqual(["--cpu-prof", `--cpu-prof-dir=${profiles}`]);
    expect(readdirSync(profiles).filter((name) => name.includes(`.${report.pid}.`))).toHaveLength(1);
  });

  it("ends the work when the process is sent SIGTERM, and ends by that signal itself", async () => {
    const parent = spawn(process.execPath, [entry, "wait"], { stdio: ["ignore", "pipe", "inherit"] });
    const line = await new Promise<string>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString())));
    const workPid = (JSON.parse(line) as { pid: number }).pid;
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      parent.once("exit", (code, signal) => resolve({ code, signal })),
    );
    parent.kill("SIGTERM");
    expect(await ended).toEqual({ code: null, signal: "SIGTERM" });
    // The work ended with it (a re-run's child, or this process itself where no re-run was needed).
    await expect.poll(() => isRunning(workPid), { timeout: 5000 }).toBe(false);
  });

  it("ends the work when the process is killed with SIGKILL, which cannot be passed on", async () => {
    const parent = spawn(process.execPath, [entry, "wait"], { stdio: ["ignore", "pipe", "inherit"] });
    const line = await new Promise<string>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString())));
    const report = JSON.parse(line) as { pid: number; env: string[] };
    // The marker that tells the re-run it has a first process is not left for the work's own children.
    expect(report.env).not.toContain("CONNECTOR_HUB_V8_POOL_RERUN");
    const ended = new Promise<NodeJS.Signals | null>((resolve) => parent.once("exit", (_code, signal) => resolve(signal)));
    parent.kill("SIGKILL");
    expect(await ended).toBe("SIGKILL");
    await expect.poll(() => isRunning(report.pid), { timeout: 5000 }).toBe(false);
  });

  it("gives the real CLI's report and exit code through the re-run", () => {
    const out = join(dir, "report.json");
    const result = runCli(["validate", join(packageDir, "test", "fixtures", "invalid", "OperationIdNotUnique.json"), "-f", "json", "-o", out]);
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(out, "utf8")) as { findings: { code: string }[] }[] | { findings: { code: string }[] };
    expect(JSON.stringify(report)).toContain("OperationIdNotUnique");
  });
});
