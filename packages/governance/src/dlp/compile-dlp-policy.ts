import type { DlpConnector, DlpDecision, DlpGroup, DlpPolicy } from "../types.ts";
import { compileHostPattern, type HostPatternMatcher } from "./compile-host-pattern.ts";
import { parseHostUrl } from "./parse-host-url.ts";

export type CompiledDlpPolicy = { classify: (connector: DlpConnector) => DlpDecision };

const VALID_GROUPS: ReadonlySet<string> = new Set<DlpGroup>(["BUSINESS", "NON_BUSINESS", "BLOCKED", "IGNORE"]);

/** New custom connectors land in Non-business unless a rule says otherwise, as on the platform. */
export const DEFAULT_DLP_GROUP: DlpGroup = "NON_BUSINESS";

/**
 * Prepares a policy for classifying many connectors (dashboard, preview): patterns sorted and
 * turned into matchers once. Nothing is cached, so an edited policy object is always read
 * afresh. Entries validateDlpPolicy rejects (Ignore off "*", unknown groups) are skipped, so a
 * half-edited policy still classifies the way it would once fixed.
 */
export function compileDlpPolicy(policy: DlpPolicy): CompiledDlpPolicy {
  const byId = new Map<string, DlpGroup>();
  const byName = new Map<string, DlpGroup>();
  for (const o of policy.overrides) {
    if (!VALID_GROUPS.has(o.group) || o.group === "IGNORE") continue;
    const id = o.connectorId?.trim();
    const name = o.connectorName?.trim().toLowerCase();
    if (id && !byId.has(id)) byId.set(id, o.group);
    if (name && !byName.has(name)) byName.set(name, o.group);
  }

  const isStar = (p: string) => p.trim() === "*";
  // "*" always decides last, whatever order it was given.
  const ordered = [...policy.patterns]
    .map((p, index) => ({ ...p, index }))
    .filter((p) => VALID_GROUPS.has(p.group) && (p.group !== "IGNORE" || isStar(p.pattern)) && p.pattern.trim() !== "")
    .sort((a, b) => Number(isStar(a.pattern)) - Number(isStar(b.pattern)) || a.order - b.order || a.index - b.index);
  const matchers: { pattern: string; order: number; group: DlpGroup; test: HostPatternMatcher }[] = ordered.map((p) => ({
    pattern: p.pattern.trim(),
    order: p.order,
    group: p.group,
    test: compileHostPattern(p.pattern),
  }));

  return {
    classify(connector) {
      const idGroup = byId.get(connector.id);
      if (idGroup !== undefined) return { group: idGroup, decidedBy: { kind: "override", by: "id" } };
      const nameGroup = byName.get(connector.name.trim().toLowerCase());
      if (nameGroup !== undefined) return { group: nameGroup, decidedBy: { kind: "override", by: "name" } };
      const url = parseHostUrl(connector.host, connector.basePath, connector.scheme);
      for (const m of matchers) {
        if (m.test(url)) return { group: m.group, decidedBy: { kind: "pattern", pattern: m.pattern, order: m.order } };
      }
      return { group: DEFAULT_DLP_GROUP, decidedBy: { kind: "default" } };
    },
  };
}
