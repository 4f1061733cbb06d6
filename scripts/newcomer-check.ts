// `npm run test:newcomer`: ARCHITECTURE.md's "Where to add" recipes, followed as a newcomer would, in a scratch copy
// of this checkout (tracked and new files; node_modules linked, workspaces pointing into the copy). One new rule, one
// new API route and one new page; each must change only the folders its recipe names (`git status` in the copy), and
// then lint, typecheck and the tests that hold the repository complete (every rule has its fixture and README row,
// every route and page its authorization-matrix entry) must pass. Run by `npm test` too.
//   --keep   leave the copy for a look          --paths-only   only the folder check (seconds, not minutes)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findRepoRoot } from "@connector-hub/db/node";

const root = findRepoRoot();
const keep = process.argv.includes("--keep");
const pathsOnly = process.argv.includes("--paths-only");

/** The folders (ending in /) and files each recipe of ARCHITECTURE.md's "Where to add" names on its Touches line. */
function readRecipes(markdown: string): Map<string, string[]> {
  const section = markdown.split(/^## Where to add$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error('ARCHITECTURE.md has no "## Where to add" section.');
  const recipes = new Map<string, string[]>();
  for (const block of section.split(/^### /m).slice(1)) {
    const title = block.split("\n")[0]!.trim();
    const touches = /^Touches: (.+)$/m.exec(block)?.[1];
    if (!touches) throw new Error(`ARCHITECTURE.md: the recipe "${title}" has no "Touches:" line naming its folders.`);
    recipes.set(
      title,
      [...touches.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
    );
  }
  return recipes;
}

/** Paths `git status` reports in the copy that no named folder or file covers. */
function outside(changed: string[], named: string[]): string[] {
  return changed.filter((file) => !named.some((n) => (n.endsWith("/") ? file.startsWith(n) : file === n)));
}

function sh(cwd: string, command: string, args: string[], quiet = false): { code: number; out: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: quiet ? "pipe" : ["ignore", "inherit", "inherit"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status ?? 1, out: result.stdout ?? "" };
}

function git(cwd: string, ...args: string[]): string {
  const result = sh(cwd, "git", ["-c", "user.name=newcomer", "-c", "user.email=newcomer@example.invalid", ...args], true);
  if (result.code !== 0) throw new Error(`git ${args.join(" ")} failed in ${cwd}`);
  return result.out;
}

/** A copy of the checkout's files with its own git history and node_modules whose workspace links point into it. */
function scratchCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "hub-newcomer-"));
  const files = git(root, "ls-files", "-co", "--exclude-standard", "-z")
    .split("\0")
    .filter((f) => f && existsSync(path.join(root, f)));
  for (const file of files) cpSync(path.join(root, file), path.join(dir, file), { recursive: false, force: true, dereference: false });
  mkdirSync(path.join(dir, "node_modules/@connector-hub"), { recursive: true });
  for (const entry of readdirSync(path.join(root, "node_modules"))) {
    if (entry !== "@connector-hub") symlinkSync(path.join(root, "node_modules", entry), path.join(dir, "node_modules", entry));
  }
  // Same relative targets (../../packages/db): they resolve inside the copy.
  for (const entry of readdirSync(path.join(root, "node_modules/@connector-hub"))) {
    symlinkSync(readlinkSync(path.join(root, "node_modules/@connector-hub", entry)), path.join(dir, "node_modules/@connector-hub", entry));
  }
  for (const group of ["apps", "packages", "tooling", "tests", "."]) {
    const workspaces = group === "." ? ["e2e"] : readdirSync(path.join(root, group));
    for (const ws of workspaces) {
      const own = path.join(root, group, ws, "node_modules");
      if (existsSync(own) && existsSync(path.join(dir, group, ws))) symlinkSync(own, path.join(dir, group, ws, "node_modules"));
    }
  }
  // The generated Prisma client is not tracked; the copy reads the checkout's.
  symlinkSync(path.join(root, "packages/db/src/generated"), path.join(dir, "packages/db/src/generated"));
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "checkout as it was");
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  const before = readFileSync(full, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`the newcomer could not find where to edit ${file}: the recipe's anchor moved.`);
  writeFileSync(full, after);
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const RULE_ID = "NewcomerTitleEndsWithPeriod";

/** Recipe "A validation rule": the rule in a group file of its own, its invalid fixture and expectation, the README. */
function addRule(dir: string): void {
  write(
    dir,
    "packages/definitions/src/rules/newcomer-rules.ts",
    `import { asObject, asString } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

export const NEWCOMER_RULES: Rule[] = [
  defineRule({
    id: "${RULE_ID}",
    severity: "warning",
    group: "Metadata",
    origin: "hub",
    description: "info.title ends with a period (the newcomer check's example rule).",
    node: "document",
    check: ({ ctx }) => {
      const title = asString(asObject(ctx.doc.info)?.title);
      return title?.endsWith(".") ? [{ message: \`The title "\${title}" ends with a period; connector titles do not. Remove it.\`, path: "/info/title" }] : NONE;
    },
  }),
];
`,
  );
  edit(dir, "packages/definitions/src/rules/index.ts", (text) =>
    text
      .replace(/^(import type \{ Rule)/m, 'import { NEWCOMER_RULES } from "./newcomer-rules.ts";\n$1')
      .replace(/(export const ALL_RULES: Rule\[\] = \[\n)/, "$1  ...NEWCOMER_RULES,\n"),
  );
  const valid = readFileSync(path.join(dir, "packages/definitions/test/fixtures/valid/contoso-tasks/apiDefinition.swagger.json"), "utf8");
  const doc = JSON.parse(valid) as { info: { title: string } };
  const fixture = JSON.stringify({ ...doc, info: { ...doc.info, title: `${doc.info.title}.` } }, null, 2) + "\n";
  write(dir, `packages/definitions/test/fixtures/invalid/${RULE_ID}.json`, fixture);
  const line = fixture.split("\n").findIndex((l) => l.includes(`"title": "${doc.info.title}."`)) + 1;
  edit(dir, "packages/definitions/test/fixtures/invalid-expectations.json", (text) => {
    const expectations = JSON.parse(text) as Record<string, unknown>;
    expectations[RULE_ID] = { code: RULE_ID, path: "/info/title", line, findings: [[RULE_ID, "/info/title"]] };
    return JSON.stringify(expectations, null, 2) + "\n";
  });
  if (sh(path.join(dir, "packages/definitions"), process.execPath, ["--import", "tsx", "scripts/generate-docs.ts"]).code !== 0)
    throw new Error("npm run docs failed in the copy");
}

/** Recipe "An API route": a route handler behind withAuth, and its authorization-matrix entry. */
function addRoute(dir: string): void {
  write(
    dir,
    "apps/web/app/api/v1/newcomer-ping/route.ts",
    `// GET /api/v1/newcomer-ping: who the caller is (the newcomer check's example route).
import { NextResponse } from "next/server";
import { withAuth } from "@/server/auth/with-auth.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth("newcomer.ping", async (_request, { viewer }) => NextResponse.json({ upn: viewer.upn }));
`,
  );
  edit(dir, "apps/web/test/authorization-matrix.ts", (text) =>
    text.replace(
      /(export const MATRIX: Record<string, MatrixEntry> = \{\n)/,
      `$1  "GET /api/v1/newcomer-ping": {\n    expect: { anonymous: 401, builder: 200, owner: 200, otherMaker: 200, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },\n    why: "the newcomer check's example route: anyone signed in",\n  },\n`,
    ),
  );
}

/** Recipe "A page": a server component and its page-matrix entry. */
function addPage(dir: string): void {
  write(
    dir,
    "apps/web/app/newcomer/page.tsx",
    `// The newcomer check's example page.
export default function NewcomerPage() {
  return <h1 className="text-2xl font-semibold">Newcomer</h1>;
}
`,
  );
  edit(dir, "apps/web/test/authorization-matrix.ts", (text) =>
    text.replace(
      /(export const PAGES: Record<string, PageEntry> = \{\n)/,
      `$1  "PAGE /newcomer": { marker: h1("Newcomer"), expect: onPage("served", "served", "served", "served", "served"), why: "the newcomer check's example page" },\n`,
    ),
  );
}

const failures: string[] = [];
const recipes = readRecipes(readFileSync(path.join(root, "ARCHITECTURE.md"), "utf8"));
const dir = scratchCopy();
console.log(`[newcomer] scratch copy: ${dir}`);

for (const [title, apply] of [
  ["A validation rule", addRule],
  ["An API route", addRoute],
  ["A page", addPage],
] as const) {
  const named = recipes.get(title);
  if (!named) {
    failures.push(`ARCHITECTURE.md has no recipe "### ${title}"`);
    continue;
  }
  apply(dir);
  const changed = git(dir, "status", "--porcelain", "-uall")
    .split("\n")
    .filter(Boolean)
    .map((l) => l.slice(3));
  const stray = outside(changed, named);
  console.log(`[newcomer] ${title}: changed ${changed.join(", ")}`);
  if (stray.length) failures.push(`${title}: changed ${stray.join(", ")}, outside the folders its recipe names (${named.join(", ")})`);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", title);
}

const bin = (name: string) => path.join(dir, "node_modules/.bin", name);
const checks: [string, string, string[]][] = [
  ["definitions: typecheck", "packages/definitions", [bin("tsc"), "--noEmit"]],
  ["definitions: lint of the new rule", "packages/definitions", [bin("eslint"), "src/rules/newcomer-rules.ts", "src/rules/index.ts"]],
  [
    "definitions: every rule has its fixture, the README its row",
    "packages/definitions",
    [bin("vitest"), "run", "test/invalid-fixtures.test.ts", "test/generated-files.test.ts"],
  ],
  ["web: typecheck", "apps/web", [bin("tsc"), "--noEmit"]],
  [
    "web: lint of the new route, page and matrix",
    "apps/web",
    [bin("eslint"), "app/api/v1/newcomer-ping/route.ts", "app/newcomer/page.tsx", "test/authorization-matrix.ts"],
  ],
  [
    "web: every route and page has its matrix entry",
    "apps/web",
    [bin("vitest"), "run", "test/authorization-matrix.test.ts", "test/authorization-matrix-pages.test.ts", "-t", "covers the app"],
  ],
];
for (const [name, cwd, [command, ...args]] of pathsOnly ? [] : checks) {
  console.log(`\n[newcomer] ${name}`);
  if (sh(path.join(dir, cwd), command!, args).code !== 0) failures.push(name);
}

if (!keep) rmSync(dir, { recursive: true, force: true });
if (failures.length) {
  console.error(`\n[newcomer] FAILED:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("\n[newcomer] the three recipes touched only their folders, and lint, typecheck and the coverage tests pass");
