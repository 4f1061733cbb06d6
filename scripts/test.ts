// `npm test`: the format check (Prettier), lint, typecheck, unit and integration tests (on a fresh embedded PostgreSQL database, or on
// TEST_DATABASE_URL's server), then the browser tests when a Chromium is found. Ends with one line that counts
// every test: "tests: N passed, N failed, N skipped".
//   --no-browser   skip the browser tests          --only-browser   run only the browser tests
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { findRepoRoot } from "@connector-hub/db/node";
import { run } from "./lib/processes.ts";
import { countResults } from "./lib/count-results.ts";

const root = findRepoRoot();
const args = new Set(process.argv.slice(2));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
const turbo = path.join(root, "node_modules/.bin/turbo");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const requireBrowser = process.env.CI === "true" || process.env.HUB_REQUIRE_BROWSER === "1";
const failures: string[] = [];

function workspaceDirs(): string[] {
  return ["apps", "packages", "tooling", "tests"].flatMap((group) =>
    readdirSync(path.join(root, group), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(root, group, d.name)),
  );
}

function reportFiles(): string[] {
  return [...workspaceDirs().map((d) => path.join(d, ".test-results/vitest.json")), path.join(root, "e2e/.test-results/playwright.json")];
}

const failedSteps: string[] = [];

/** Runs one step; a step whose reports show no failure but which still failed counts as one failure itself. */
async function step(name: string, command: string, commandArgs: string[], reports: string[] = [], cwd = root): Promise<void> {
  console.log(`\n[test] ${name}`);
  const code = await run(command, commandArgs, { cwd, env });
  if (code === 0) return;
  failures.push(name);
  const counted = countResults(reports, root);
  if (counted.failed === 0 && counted.brokenSuites.length === 0) failedSteps.push(name);
}

for (const file of reportFiles()) rmSync(file, { force: true });

if (!args.has("--only-browser")) {
  // Checks only, never rewrites: `npm run format` is the fix it names.
  await step("format check (Prettier; `npm run format` fixes)", "npx", ["--no-install", "prettier", "--check", "--log-level=warn", "."]);
  await step("lint and typecheck", turbo, ["run", "lint", "typecheck", "--continue", "--output-logs=errors-only"]);
  await step("typecheck of the root scripts", "npx", ["--no-install", "tsc", "--noEmit", "-p", "tsconfig.json"]);
  await step("lint of the root scripts", "npx", ["--no-install", "eslint", "scripts", "bench", "prisma", "prisma.config.ts"]);
  await step('newcomer check (ARCHITECTURE.md\'s "Where to add" recipes in a scratch copy)', "npx", ["--no-install", "tsx", "scripts/newcomer-check.ts"]);
  await step(
    "unit and integration tests",
    turbo,
    [
      "run",
      "test",
      "--continue",
      "--concurrency=1",
      "--output-logs=full",
      "--",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=.test-results/vitest.json",
    ],
    reportFiles().filter((f) => f.endsWith("vitest.json")),
  );
}

if (!args.has("--no-browser")) {
  if (existsSync(chromium)) {
    await step(
      "browser tests (Playwright in Chromium)",
      "npm",
      ["run", "test:e2e", "-w", "@connector-hub/e2e"],
      reportFiles().filter((f) => f.endsWith("playwright.json")),
    );
  } else if (requireBrowser) {
    console.error(`\n[test] browser tests: no Chromium at ${chromium}, and CI requires them. Install it: apt-get install -y chromium`);
    failures.push("browser tests (no Chromium)");
    failedSteps.push("browser tests (no Chromium)");
  } else {
    console.log(`\n[test] SKIPPED browser tests: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  }
}

const counts = countResults(reportFiles(), root);
// Every failure counts: failed tests, test files that failed to load (or whose hooks failed), and steps that failed
// with no test to show for it (lint, typecheck, a crashed runner). The last line can never say 0 failed for a failed run.
const failed = counts.failed + counts.brokenSuites.length + failedSteps.length;
if (counts.brokenSuites.length) console.error(`\n[test] suites that failed outside their tests: ${counts.brokenSuites.join("; ")}`);
if (failures.length) console.error(`\n[test] failed steps: ${failures.join("; ")}`);
console.log(`\ntests: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
process.exit(failures.length || failed ? 1 : 0);
