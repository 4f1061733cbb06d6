import type { DlpConnector, DlpPolicy, MovedConnector } from "../types.ts";
import { compileDlpPolicy } from "./compile-dlp-policy.ts";

/** Which connectors would change DLP group if newPolicy replaced oldPolicy ("what if" before saving). */
export function previewPolicyChange(connectors: readonly DlpConnector[], oldPolicy: DlpPolicy, newPolicy: DlpPolicy): MovedConnector[] {
  const before = compileDlpPolicy(oldPolicy);
  const after = compileDlpPolicy(newPolicy);
  const moved: MovedConnector[] = [];
  for (const connector of connectors) {
    const from = before.classify(connector);
    const to = after.classify(connector);
    if (from.group !== to.group) moved.push({ connector, from, to });
  }
  return moved;
}
