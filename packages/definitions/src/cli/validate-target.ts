import { readFileWithLimit, readPaconnFolder } from "../convert/read-paconn-folder.ts";
import { readPaconnZip } from "../convert/read-paconn-zip.ts";
import type { PaconnReadResult } from "../convert/paconn-types.ts";
import type { FileReport } from "../report/report-types.ts";
import type { Finding } from "../types.ts";
import { validateConnector } from "../validate/validate-connector.ts";
import type { Target } from "./collect-targets.ts";
import { validateSingleFile } from "./validate-single-file.ts";

export interface TargetOptions {
  certification: boolean;
  /** The agent-readiness profile (`--profile agent`). */
  agent?: boolean;
  /** Keep each file's text even when it has no findings (`--published` reads it). */
  keepSource?: boolean;
}

const decoder = new TextDecoder("utf-8");

function reportsFor(read: PaconnReadResult, options: TargetOptions): FileReport[] {
  const { files } = read;
  const names = files.names;
  const reports = new Map<string, FileReport>();
  const sources = new Map<string, Uint8Array>();
  const add = (file: string, findings: Finding[], source?: Uint8Array) => {
    let report = reports.get(file);
    if (!report) {
      report = { file, findings: [] };
      if (source) sources.set(file, source);
    }
    report.findings.push(...findings);
    reports.set(file, report);
  };
  for (const f of read.findings) add(f.file, [f]);
  if (files.definition) {
    add(names.definition, [], files.definition);
    if (files.apiProperties) add(names.apiProperties, [], files.apiProperties);
    const result = validateConnector({
      definition: files.definition,
      apiProperties: files.apiProperties,
      fileName: names.definition,
      apiPropertiesFileName: names.apiProperties,
      certification: options.certification,
      agent: options.agent === true,
    });
    for (const f of result.findings) add(f.file, [f]);
  }
  // The text report quotes the lines of findings, so only a file with findings needs its text decoded (and every
  // file under `--published`, which reads the definition's host and operations from it).
  return [...reports.values()].map((report) => {
    const bytes = sources.get(report.file);
    return bytes && (report.findings.length > 0 || options.keepSource === true) ? { ...report, source: decoder.decode(bytes).replace(/^\uFEFF/, "") } : report;
  });
}

/** Validates one target and returns a report per file it touched. */
export function validateTarget(target: Target, options: TargetOptions): FileReport[] {
  if (target.kind === "folder") return reportsFor(readPaconnFolder(target.path), options);
  if (target.kind === "zip") {
    const findings: Finding[] = [];
    const bytes = readFileWithLimit(target.path, findings);
    if (!bytes) return [{ file: target.path, findings }];
    return reportsFor(readPaconnZip(bytes, target.path), options);
  }
  const findings: Finding[] = [];
  const bytes = readFileWithLimit(target.path, findings);
  if (!bytes) return [{ file: target.path, findings }];
  return [validateSingleFile(bytes, target.path, options)];
}
