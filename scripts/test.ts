// `npm test`: lint, typecheck, unit and integration tests (on a fresh embedded PostgreSQL database, or on
// TEST_DATABASE_URL's server), then the browser tests when a Chromium is found. Ends with one line that counts
// every test: "tests: N passed, N failed, N skipped".
//   --no-browser   skip the browser tests          --only-browser   run only the browser tests
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { findRepoRoot } from "@connector-hub/db/node";
import { run } from "./lib/processes.ts";

const root = findRepoRoot();
const args = new Set(process.argv.slice(2));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
const turbo = path.join(root, "node_modules/.bin/turbo");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const requireBrowser = process.env.CI === "true" || process.env.HUB_REQUIRE_BROWSER === "1";
const failures: string[] = [];

function workspaceDirs(): string[] {
  return ["apps", "packages"].flatMap((group) =>
    readdirSync(path.join(root, group), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(root, group, d.name)),
  );
}

function reportFiles(): string[] {
  return [...workspaceDirs().map((d) => path.join(d, ".test-results/vitest.json")), path.join(root, "e2e/.test-results/playwright.json")];
}

function countResults(): { passed: number; failed: number; skipped: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const file of reportFiles()) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    if ("numPassedTests" in report) {
      total.passed += Number(report.numPassedTests);
      total.failed += Number(report.numFailedTests);
      total.skipped += Number(report.numPendingTests) + Number(report.numTodoTests ?? 0);
    } else {
      const stats = report.stats as { expected: number; unexpected: number; skipped: number; flaky: number };
      total.passed += stats.expected + stats.flaky;
      total.failed += stats.unexpected;
      total.skipped += stats.skipped;
    }
  }
  return total;
}

async function step(name: string, command: string, commandArgs: string[], cwd = root): Promise<void> {
  console.log(`\n[test] ${name}`);
  const code = await run(command, commandArgs, { cwd, env });
  if (code !== 0) failures.push(name);
}

for (const file of reportFiles()) rmSync(file, { force: true });

if (!args.has("--only-browser")) {
  await step("lint and typecheck", turbo, ["run", "lint", "typecheck", "--continue", "--output-logs=errors-only"]);
  await step("typecheck of the root scripts", "npx", ["--no-install", "tsc", "--noEmit", "-p", "tsconfig.json"]);
  await step("lint of the root scripts", "npx", ["--no-install", "eslint", "scripts", "bench", "prisma", "prisma.config.ts"]);
  await step("unit and integration tests", turbo, [
    "run", "test", "--continue", "--concurrency=1", "--output-logs=full", "--",
    "--reporter=default", "--reporter=json", "--outputFile.json=.test-results/vitest.json",
  ]);
}

if (!args.has("--no-browser")) {
  if (existsSync(chromium)) {
    await step("browser tests (Playwright in Chromium)", "npm", ["run", "test:e2e", "-w", "@connector-hub/e2e"]);
  } else if (requireBrowser) {
    console.error(`\n[test] browser tests: no Chromium at ${chromium}, and CI requires them. Install it: apt-get install -y chromium`);
    failures.push("browser tests (no Chromium)");
  } else {
    console.log(`\n[test] SKIPPED browser tests: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  }
}

const { passed, failed, skipped } = countResults();
if (failures.length) console.error(`\n[test] failed steps: ${failures.join("; ")}`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failures.length || failed ? 1 : 0);
