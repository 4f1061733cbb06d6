import type { DlpConnector, DlpDecision, DlpPolicy } from "../types.ts";
import { compileDlpPolicy } from "./compile-dlp-policy.ts";

/**
 * The DLP group of one custom connector under one policy, and what decided it: a
 * classification by connector id or name first, then the first matching host URL pattern in
 * order ("*" last), else the Non-business default.
 */
export function classifyConnector(options: { connector: DlpConnector; policy: DlpPolicy }): DlpDecision {
  return compileDlpPolicy(options.policy).classify(options.connector);
}
