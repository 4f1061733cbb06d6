// Rewrites the rule table in README.md from the code, so the documentation cannot drift from the rules.
// Run: npm run docs -w @connector-hub/definitions   (test/readme.test.ts fails when the table is stale)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { RULES } from "../src/rules/index.ts";

export const README = join(dirname(fileURLToPath(import.meta.url)), "..", "README.md");
const START = "<!-- rules:start -->";
const END = "<!-- rules:end -->";

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The Markdown table of every rule: code, severity, group, mode, origin and what it checks. */
export function renderRuleTable(): string {
  const counts = { microsoft: RULES.filter((r) => r.origin === "microsoft").length, hub: RULES.filter((r) => r.origin === "hub").length };
  const rows = RULES.map(
    (r) =>
      `| \`${r.id}\` | ${r.severity} | ${r.group} | ${r.isCertificationOnly ? "certification" : r.isAgentOnly ? "agent" : "default"} | ${r.origin === "microsoft" ? "Microsoft code" : "**ours**"} | ${escapeCell(r.description)} |`,
  );
  return [
    `${RULES.length} rules: ${counts.microsoft} use the code of Microsoft's validator for the same check, ${counts.hub} are our own, marked **ours** (parsing, packaging, apiProperties and checks Microsoft's list has no code for; SARIF marks them with \`properties.ownCode: true\`).`,
    "",
    "| code | severity | group | mode | origin | what it checks |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** README.md with the table between the markers replaced. */
export function withRuleTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}.`);
  return `${readme.slice(0, start + START.length)}\n${renderRuleTable()}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(README, withRuleTable(readFileSync(README, "utf8")));
  console.log(`rule table written to ${README}`);
}
