import type { Finding } from "../types.ts";

/** GitHub's workflow-command escaping: data escapes %, CR and LF; properties also : and ,. */
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export type TAnnotationLevel = "error" | "warning" | "notice";

/** One PR annotation (`::error file=...,line=...::message`), shown on the changed line of the pull request. */
export function annotation(level: TAnnotationLevel, file: string, line: number, column: number, title: string, message: string): string {
  return `::${level} file=${escapeProperty(file)},line=${line},col=${column},title=${escapeProperty(title)}::${escapeData(message)}`;
}

export function findingAnnotation(file: string, finding: Finding): string {
  const level: TAnnotationLevel = finding.severity === "error" ? "error" : finding.severity === "warning" ? "warning" : "notice";
  return annotation(level, file, finding.line, finding.column, finding.code, finding.message);
}
