import type { FileReport } from "../report/report-types.ts";
import { validateConnector } from "../validate/validate-connector.ts";

const decoder = new TextDecoder("utf-8");

/** A lone definition file (JSON or YAML), validated without apiProperties. */
export function validateSingleFile(bytes: Uint8Array, path: string, options: { certification: boolean }): FileReport {
  const result = validateConnector({ definition: bytes, fileName: path, certification: options.certification });
  return { file: path, findings: result.findings, source: result.findings.length > 0 ? decoder.decode(bytes).replace(/^\uFEFF/, "") : undefined };
}
