// Benchmark: validates the whole shared corpus in one process per tool (connector-hub, swagger-parser,
// Spectral's oas ruleset) and prints wall time, per-file median and p99, peak RSS and the ratios.
// Run: npm run bench -w @connector-hub/definitions [-- --readme] [-- --set <folder>] [-- --also <folder>]   (--readme
// records the figures in README.md; --set validates every connector folder under <folder> instead of the shared
// corpus; --also adds them to it)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findCorpusDir, listCorpusConnectors } from "../test/corpus-helpers.ts";
import { cliNodeFlags } from "../bin/v8-pool.mjs";

interface ToolResult {
  tool: string;
  files: number;
  wallMs: number;
  /** CPU time (user + system) of the loop: wall time on a loaded machine overstates the tool's own cost. */
  cpuMs: number;
  medianMs: number;
  p99Ms: number;
  peakRssMb: number;
  filesWithErrors: number;
}

// "json-parse" is a yardstick, not a validator: reading and JSON.parse alone, to read the others against
// on a machine whose load varies.
// "connector-hub" validates one file after another on one thread (validateConnector); "connector-hub-threads"
// is what `connector-hub validate` does with many inputs: the same files over this thread and worker threads
// of the same process (validateTargets; `--threads N`, default as the CLI: half the cores, so 1 on 2 cores).
// Both run under the node flags the CLI gives itself on this machine (bin/v8-pool.mjs: V8's thread pool sized to
// the cores, on 4 cores or fewer); "connector-hub-node-defaults" is the first again under Node's defaults, for the
// figure without them. The other tools run as their users run them, under Node's defaults, and
// "swagger-parser-sized-pool" is swagger-parser again under our flags, to show what they would do for it.
const TOOLS = [
  "json-parse",
  "connector-hub",
  "connector-hub-node-defaults",
  "connector-hub-threads",
  "swagger-parser",
  "swagger-parser-sized-pool",
  "spectral",
] as const;
type TTool = (typeof TOOLS)[number];
/** The runs made under the node flags `connector-hub validate` gives itself. */
const FLAGGED_RUNS: readonly TTool[] = ["connector-hub", "connector-hub-threads", "swagger-parser-sized-pool"];
const benchFile = fileURLToPath(import.meta.url);
const packageDir = join(dirname(benchFile), "..");

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function createRunner(tool: TTool): Promise<(definition: string, apiProperties: string | undefined) => Promise<boolean>> {
  if (tool === "json-parse") {
    return async (definition) => {
      try {
        JSON.parse(readFileSync(definition, "utf8"));
        return false;
      } catch {
        return true;
      }
    };
  }
  if (tool === "connector-hub" || tool === "connector-hub-node-defaults") {
    const { validateConnector } = await import("../src/index.ts");
    return async (definition, apiProperties) =>
      validateConnector({ definition: readFileSync(definition), apiProperties: apiProperties ? readFileSync(apiProperties) : undefined }).summary.errors > 0;
  }
  if (tool === "swagger-parser" || tool === "swagger-parser-sized-pool") {
    const { default: SwaggerParser } = await import("@apidevtools/swagger-parser");
    return async (definition) => {
      try {
        await SwaggerParser.validate(definition);
        return false;
      } catch {
        return true;
      }
    };
  }
  const { Spectral, Document } = await import("@stoplight/spectral-core");
  type TRulesetDefinition = Parameters<InstanceType<typeof Spectral>["setRuleset"]>[0];
  const { oas } = await import("@stoplight/spectral-rulesets");
  const Parsers = await import("@stoplight/spectral-parsers");
  const spectral = new Spectral();
  // The same rules `spectral lint` applies with "extends: spectral:oas" (the recommended set).
  spectral.setRuleset({ extends: [[oas as unknown as TRulesetDefinition, "recommended"]] } as unknown as TRulesetDefinition);
  return async (definition) => {
    try {
      const results = await spectral.run(new Document(readFileSync(definition, "utf8"), Parsers.Json, definition));
      return results.some((r) => r.severity === 0);
    } catch {
      return true;
    }
  };
}

/**
 * The benchmark set: every published connector of the corpus (with its apiProperties.json) and both
 * versions of each of its 76 version pairs (corpus/changes/<name>/before|after.swagger.json): all the
 * real definitions ../shared/corpus holds, 564 files.
 */
function benchSet(corpus: string): { definition: string; apiProperties: string | undefined }[] {
  const setFlag = process.argv.indexOf("--set");
  if (setFlag > 0 && process.argv[setFlag + 1]) return connectorFolders(process.argv[setFlag + 1] as string);
  const alsoFlag = process.argv.indexOf("--also");
  const also = alsoFlag > 0 && process.argv[alsoFlag + 1] ? connectorFolders(process.argv[alsoFlag + 1] as string) : [];
  const connectors = listCorpusConnectors(corpus).map((c) => ({
    definition: join(c.dir, "apiDefinition.swagger.json"),
    apiProperties: existsSync(join(c.dir, "apiProperties.json")) ? join(c.dir, "apiProperties.json") : undefined,
  }));
  const changes = join(corpus, "changes");
  const versions = existsSync(changes)
    ? readdirSync(changes)
        .sort()
        .flatMap((name) => ["before", "after"].map((side) => join(changes, name, `${side}.swagger.json`)))
        .filter((file) => existsSync(file))
        .map((definition) => ({ definition, apiProperties: undefined }))
    : [];
  return [...connectors, ...versions, ...also];
}

/**
 * `--set <folder>`: every connector folder (one holding apiDefinition.swagger.json) under the folder, up to
 * four levels down, for a larger set than the shared corpus (Microsoft's certified connectors, for instance).
 */
function connectorFolders(root: string): { definition: string; apiProperties: string | undefined }[] {
  const out: { definition: string; apiProperties: string | undefined }[] = [];
  const visit = (dir: string, depth: number) => {
    if (existsSync(join(dir, "apiDefinition.swagger.json"))) {
      out.push({
        definition: join(dir, "apiDefinition.swagger.json"),
        apiProperties: existsSync(join(dir, "apiProperties.json")) ? join(dir, "apiProperties.json") : undefined,
      });
      return;
    }
    if (depth >= 4) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)))
      if (entry.isDirectory()) visit(join(dir, entry.name), depth + 1);
  };
  visit(root, 0);
  return out;
}

/** How many files, how many distinct by content, and their total size: what the set is, exactly. */
function describeSet(corpus: string): string {
  const set = benchSet(corpus);
  const hashes = new Set(set.map((c) => createHash("sha256").update(readFileSync(c.definition)).digest("hex")));
  const bytes = set.reduce((sum, c) => sum + statSync(c.definition).size, 0);
  return `${set.length} definition files (${hashes.size} distinct by content, ${(bytes / 1048576).toFixed(1)} MB), ${set.filter((c) => c.apiProperties).length} with apiProperties.json`;
}

function threadsFlag(): number | undefined {
  const at = process.argv.indexOf("--threads");
  return at > 0 ? Number(process.argv[at + 1]) : undefined;
}

/** The whole set through validateTargets, as the CLI runs it: one wall time for all (no per-file times across threads). */
async function runThreaded(corpus: string): Promise<ToolResult> {
  const { validateTargets } = await import("../src/cli/validate-targets.ts");
  const targets = benchSet(corpus).map((c) =>
    c.definition.endsWith("apiDefinition.swagger.json")
      ? { kind: "folder" as const, path: dirname(c.definition) }
      : { kind: "file" as const, path: c.definition },
  );
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const results = await validateTargets(targets, { certification: false, threads: threadsFlag() });
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return {
    tool: "connector-hub-threads",
    files: targets.length,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    medianMs: Number.NaN,
    p99Ms: Number.NaN,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1048576,
    filesWithErrors: results.filter((reports) => reports.some((r) => r.findings.some((f) => f.severity === "error"))).length,
  };
}

async function runTool(tool: TTool, corpus: string): Promise<ToolResult> {
  if (tool === "connector-hub-threads") return runThreaded(corpus);
  const connectors = benchSet(corpus);
  const run = await createRunner(tool);
  const times: number[] = [];
  let filesWithErrors = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (const c of connectors) {
    const t = performance.now();
    if (await run(c.definition, c.apiProperties)) filesWithErrors++;
    times.push(performance.now() - t);
  }
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  return {
    tool,
    files: connectors.length,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    medianMs: percentile(times, 50),
    p99Ms: percentile(times, 99),
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1048576,
    filesWithErrors,
  };
}

/** Per-file times do not exist for the threaded run (files overlap); JSON carries its NaN as null. */
function ms(value: number | null, digits: number): string {
  return typeof value === "number" && Number.isFinite(value) ? `${value.toFixed(digits)} ms` : "-";
}

function table(results: ToolResult[]): string {
  const ours = results.find((r) => r.tool === "connector-hub");
  const rows = results.map((r) => {
    const ratio = ours && r !== ours ? `${(r.wallMs / ours.wallMs).toFixed(2)}x wall, ${(r.cpuMs / ours.cpuMs).toFixed(2)}x CPU` : "-";
    return `| ${r.tool} | ${r.files} | ${Math.round(r.wallMs)} ms | ${Math.round(r.cpuMs)} ms | ${ms(r.medianMs, 2)} | ${ms(r.p99Ms, 1)} | ${Math.round(r.peakRssMb)} MB | ${r.filesWithErrors} | ${ratio} |`;
  });
  return [
    "| tool | files | wall time | CPU time | per-file median | per-file p99 | peak RSS | files with errors | vs connector-hub (time ratio) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

async function main(): Promise<void> {
  const corpus = findCorpusDir();
  if (!corpus) {
    console.error("bench: no shared corpus found; set SHARED_DIR to the folder that holds corpus/.");
    process.exitCode = 2;
    return;
  }
  const toolFlag = process.argv.indexOf("--tool");
  if (toolFlag > 0) {
    const tool = process.argv[toolFlag + 1] as TTool;
    console.log(JSON.stringify(await runTool(tool, corpus)));
    return;
  }
  const results: ToolResult[] = [];
  const loadAtStart = loadavg()
    .map((l) => l.toFixed(1))
    .join("/");
  for (const tool of TOOLS) {
    // Each tool runs in a fresh process so its peak memory and warm-up are its own.
    const setArgs = ["--set", "--also"].flatMap((flag) => (process.argv.includes(flag) ? [flag, process.argv[process.argv.indexOf(flag) + 1] ?? ""] : []));
    if (threadsFlag() !== undefined) setArgs.push("--threads", String(threadsFlag()));
    const nodeFlags = FLAGGED_RUNS.includes(tool) ? cliNodeFlags() : [];
    const child = spawnSync(process.execPath, [...nodeFlags, "--import", "tsx", benchFile, "--tool", tool, ...setArgs], {
      cwd: packageDir,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const line = child.stdout.trim().split("\n").pop() ?? "";
    console.error(`bench: ${line}`);
    try {
      results.push(JSON.parse(line) as ToolResult);
    } catch {
      console.error(`bench: ${tool} did not run: ${child.stderr.trim().split("\n").slice(-3).join(" ")}`);
    }
  }
  const machine = `${cpus().length} cores, Node ${process.version}, load average (1/5/15 min) ${loadAtStart} at the start and ${loadavg()
    .map((l) => l.toFixed(1))
    .join("/")} at the end, ${new Date().toISOString().slice(0, 16)}Z`;
  const flags = cliNodeFlags();
  const flagNote =
    flags.length > 0
      ? ` connector-hub, connector-hub-threads and swagger-parser-sized-pool ran with the node flags the CLI uses on this machine (${flags.join(" ")}); connector-hub-node-defaults, swagger-parser and Spectral under Node's defaults.`
      : " Every tool ran under Node's defaults: the CLI adds no node flag on a machine of this many cores.";
  const report = `${table(results)}\n\nMachine: ${machine}.${flagNote} Set: ${process.argv.includes("--set") ? process.argv[process.argv.indexOf("--set") + 1] : `the corpus's published connectors and both versions of its 76 version pairs${process.argv.includes("--also") ? `, and the connector folders under ${process.argv[process.argv.indexOf("--also") + 1]}` : ""}`}: ${describeSet(corpus)}. Wall time covers reading, parsing and validating every file in one process (module loading excluded; no schema is compiled at run time: both Swagger 2.0 validators are precompiled).`;
  console.log(report);
  if (process.argv.includes("--readme")) {
    const readme = join(packageDir, "README.md");
    const text = readFileSync(readme, "utf8");
    const updated = text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${report}\n<!-- bench:end -->`);
    writeFileSync(readme, updated);
    console.log("bench: figures written to README.md");
  }
}

await main();
