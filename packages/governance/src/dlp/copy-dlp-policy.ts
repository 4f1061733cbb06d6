import type { DlpPolicy } from "../types.ts";

/**
 * A new, unsaved policy with the same scope, patterns and overrides. Copying the URL patterns
 * is the point: the platform's copy loses them, a known complaint.
 */
export function copyDlpPolicy(policy: DlpPolicy, options: { name?: string } = {}): DlpPolicy {
  const name = options.name?.trim() || `Copy of ${policy.name?.trim() || "policy"}`;
  return {
    name,
    ...(policy.scope ? { scope: policy.scope } : {}),
    ...(policy.environmentId ? { environmentId: policy.environmentId } : {}),
    patterns: policy.patterns.map((p) => ({ order: p.order, pattern: p.pattern, group: p.group })),
    overrides: policy.overrides.map((o) => ({ ...o })),
  };
}
