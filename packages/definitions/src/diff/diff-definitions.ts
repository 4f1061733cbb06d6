import { createDiffContext } from "./diff-context.ts";
import { diffConnection } from "./diff-connection.ts";
import { diffOperations } from "./diff-operations.ts";
import { isJsonObject } from "./json-pointer.ts";
import type { TDiffResult } from "./types.ts";

/**
 * Compares two OpenAPI 2.0 connector definitions (parsed objects, $refs unresolved or resolved)
 * and lists what changed for the flows and apps built on the before version.
 */
export function diffDefinitions(before: unknown, after: unknown): TDiffResult {
  const warnings: string[] = [];
  if (!isJsonObject(before)) warnings.push("before: the definition is not a JSON object; pass the parsed OpenAPI 2.0 document.");
  if (!isJsonObject(after)) warnings.push("after: the definition is not a JSON object; pass the parsed OpenAPI 2.0 document.");
  const ctx = createDiffContext(isJsonObject(before) ? before : {}, isJsonObject(after) ? after : {});
  if (warnings.length === 0) {
    diffConnection(ctx);
    diffOperations(ctx);
  }
  // Breaking first (what blocks a release), otherwise in document order; sort is stable.
  const changes = [...ctx.changes].sort((a, b) => Number(a.kind !== "breaking") - Number(b.kind !== "breaking"));
  const breaking = changes.filter((c) => c.kind === "breaking").length;
  return {
    changes,
    summary: { breaking, nonBreaking: changes.length - breaking },
    warnings: [...warnings, ...ctx.beforeRefs.warnings, ...ctx.afterRefs.warnings],
  };
}
