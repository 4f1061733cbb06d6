import type { TDiffResult } from "./types.ts";

/** The documented machine shape: {changes, summary}, plus warnings only when there are some. */
export function formatDiffJson(result: TDiffResult): string {
  const body = result.warnings.length > 0 ? result : { changes: result.changes, summary: result.summary };
  return JSON.stringify(body, null, 2) + "\n";
}
