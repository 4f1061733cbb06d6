export { CHANGE_CODES } from "./change-codes.ts";
export { diffDefinitions } from "./diff-definitions.ts";
export { formatDiffJson } from "./format-diff-json.ts";
export { formatDiffSarif } from "./format-diff-sarif.ts";
export { formatDiffText } from "./format-diff-text.ts";
export type { TDiffReportInput } from "./report-types.ts";
export type { TChange, TChangeCode, TChangeKind, TDiffResult } from "./types.ts";
