import type { Finding } from "../types.ts";
import type { FileReport } from "./report-types.ts";

export interface TextOptions {
  color?: boolean;
  /** Quote the source line with a caret under the column (default true). */
  showSource?: boolean;
}

const codes = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1 } as const;

function painter(enabled: boolean) {
  return (style: keyof typeof codes, text: string) => (enabled ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
}

function sourceLine(source: string | undefined, line: number): string | undefined {
  if (source === undefined) return undefined;
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = source.indexOf("\n", start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = source.indexOf("\n", start);
  return source.slice(start, end < 0 ? undefined : end).replace(/\r$/, "");
}

function formatFinding(f: Finding, source: string | undefined, paint: ReturnType<typeof painter>, showSource: boolean): string[] {
  const level = f.severity === "error" ? paint("red", "error  ") : f.severity === "warning" ? paint("yellow", "warning") : paint("blue", "info   ");
  const out = [`  ${`${f.line}:${f.column}`.padEnd(9)} ${level}  ${paint("bold", f.code)}  ${f.message}`];
  if (f.path) out.push(`  ${" ".repeat(9)} ${paint("gray", `at ${f.path}`)}`);
  const text = showSource ? sourceLine(source, f.line) : undefined;
  if (text !== undefined && text.length <= 400) {
    const gutter = String(f.line).padStart(6);
    out.push(paint("gray", `${gutter} | `) + text.replace(/\t/g, " "));
    out.push(paint("gray", `${" ".repeat(6)} | `) + " ".repeat(Math.max(f.column - 1, 0)) + paint("red", "^"));
  }
  return out;
}

/** Human-readable report: findings grouped by file, each with the source line and a caret. */
export function formatText(reports: FileReport[], options: TextOptions = {}): string {
  const paint = painter(options.color === true);
  const showSource = options.showSource !== false;
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    lines.push(paint("bold", report.file));
    for (const f of report.findings) {
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") warnings++;
      else infos++;
      lines.push(...formatFinding(f, report.source, paint, showSource));
    }
    lines.push("");
  }
  const files = `${reports.length} file${reports.length === 1 ? "" : "s"}`;
  if (errors + warnings + infos === 0) lines.push(`No problems found in ${files}.`);
  else {
    const summary = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info in ${files}.`;
    lines.push(errors > 0 ? paint("red", summary) : summary);
  }
  return lines.join("\n") + "\n";
}
