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
  // Handlers first: the tests signal as soon as the report below arrives.
  if (process.argv[2] === "trap") for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => process.exit(42));
  console.log(JSON.stringify({ execArgv: process.execArgv, pid: process.pid, args: process.argv.slice(2), env: Object.keys(process.env) }));
  if (process.argv[2] === "wait" || process.argv[2] === "trap") setInterval(() => {}, 1000);
  else process.exitCode = Number(process.argv[2] ?? 0);
}
`,
);

function runEntry(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [entry, ...args], { encoding: "utf8", env });
  return { code: result.status, signal: result.signal, report: JSON.parse(result.stdout.trim()) as { execArgv: string[]; pid: number; args: string[] } };
}

/** Starts the entry and waits for its work to report; `isReRun` says whether the work is a second process. */
async function startEntry(mode: "wait" | "trap") {
  const parent = spawn(process.execPath, [entry, mode], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString())));
  const report = JSON.parse(line) as { pid: number; env: string[] };
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    parent.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { parent, report, ended, isReRun: report.pid !== parent.pid };
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

  it("runs the work under the flags for this machine, with the same arguments, and passes its exit code on", async () => {
    // On this machine the work is a second process exactly when the CLI sizes the pool (4 cores or fewer).
    const started = await startEntry("wait");
    started.parent.kill("SIGKILL");
    expect(started.isReRun).toBe(cliNodeFlags().length > 0);
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
    // Node takes "_" for "-" in flag names.
    const underscored = spawnSync(process.execPath, ["--v8_pool_size=3", entry, "0"], { encoding: "utf8" });
    expect(JSON.parse(underscored.stdout).execArgv).toEqual(["--v8_pool_size=3"]);
  });

  it("stays one process under node --watch, which learns the files to watch from the process it started", () => {
    const { report } = runEntry(["0"], { ...process.env, WATCH_REPORT_DEPENDENCIES: "1" });
    expect(report.execArgv).toEqual([]);
  });

  it("stays one process when it is profiled, so that the profile holds the work", () => {
    const profiles = join(dir, "profiles");
    const result = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profiles}`, entry, "0"], { encoding: "utf8" });
    const report = JSON.parse(result.stdout) as { execArgv: string[]; pid: number };
    expect(report.execArgv).toEqual(["--cpu-prof", `--cpu-prof-dir=${profiles}`]);
    expect(readdirSync(profiles).filter((name) => name.includes(`.${report.pid}.`))).toHaveLength(1);
  });

  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const)
    it(`passes ${signal} on to the work, which ends as it chooses; the process then exits with the work's code`, async () => {
      const { parent, ended } = await startEntry("trap");
      parent.kill(signal);
      // The work traps the signal and exits 42: a process that died of the signal itself would not say 42.
      expect(await ended).toEqual({ code: 42, signal: null });
    });

  it("ends by the signal that ended the work, and leaves nothing running", async () => {
    const { parent, report, ended } = await startEntry("wait");
    parent.kill("SIGTERM");
    expect(await ended).toEqual({ code: null, signal: "SIGTERM" });
    await expect.poll(() => isRunning(report.pid), { timeout: 5000 }).toBe(false);
  });

  it("ends the work when the process is killed with SIGKILL, which cannot be passed on", async () => {
    const { parent, report, ended } = await startEntry("wait");
    // The marker that tells the re-run it has a first process is not left for the work's own children.
    expect(report.env).not.toContain("CONNECTOR_HUB_V8_POOL_RERUN");
    parent.kill("SIGKILL");
    expect((await ended).signal).toBe("SIGKILL");
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
