import { validatePostmanCollection, looksLikePostman } from "../convert/validate-postman-collection.ts";
import type { FileReport } from "../report/report-types.ts";
import { validateConnector } from "../validate/validate-connector.ts";

const decoder = new TextDecoder("utf-8");

/** A lone file: a Postman collection (converted, then validated) or a definition in JSON or YAML. */
export function validateSingleFile(bytes: Uint8Array, path: string, options: { certification: boolean; agent?: boolean; keepSource?: boolean }): FileReport {
  const text = decoder.decode(bytes).replace(/^\uFEFF/, "");
  const findings = looksLikePostman(text)
    ? validatePostmanCollection(bytes, { fileName: path, certification: options.certification }).findings
    : validateConnector({ definition: bytes, fileName: path, certification: options.certification, agent: options.agent === true }).findings;
  // The text is kept for quoting lines, and for `--published`, which reads the definition's host and operations.
  return { file: path, findings, source: findings.length > 0 || options.keepSource === true ? text : undefined };
}
