export type DlpGroupKey = "BUSINESS" | "NON_BUSINESS" | "BLOCKED" | "IGNORE";

/** A policy as the editor holds it: patterns in their order, overrides naming connectors by slug. */
export interface DlpDraft {
  name: string;
  scope: "TENANT" | "ENVIRONMENT";
  environmentId: string | null;
  patterns: { pattern: string; group: DlpGroupKey }[];
  overrides: { connector: string; group: DlpGroupKey }[];
}

export interface DlpPreviewResult {
  moved: { id: string; slug: string; title: string; host: string; from: { group: DlpGroupKey; rule: string }; to: { group: DlpGroupKey; rule: string } }[];
  total: number;
  governed: number;
  before: Record<DlpGroupKey, number>;
  after: Record<DlpGroupKey, number>;
  problems: { code: string; message: string; path: string }[];
}

/** The JSON the API takes (ZDlpPolicy of @connector-hub/governance): orders follow the editor's rows. */
export function draftToBody(draft: DlpDraft) {
  return {
    name: draft.name,
    scope: draft.scope,
    environmentId: draft.scope === "ENVIRONMENT" ? draft.environmentId : null,
    patterns: draft.patterns.map((p, i) => ({ order: i + 1, pattern: p.pattern, group: p.group })),
    overrides: draft.overrides.filter((o) => o.connector.trim() !== "").map((o) => ({ connectorName: o.connector.trim(), group: o.group })),
  };
}
