import type { Finding, TSeverity } from "../types.ts";

/** Verified publishers own the service (certified-connectors/); independent publishers do not. */
export type TPublisherKind = "certified" | "independent";

export function certifyFinding(code: string, severity: TSeverity, message: string, file: string, line = 1, column = 1, path = ""): Finding {
  return { code, severity, message, path, line, column, file };
}
