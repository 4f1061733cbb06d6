import type { DlpPreview } from "@connector-hub/db";
import type { DlpGroup } from "@connector-hub/governance";

export type DlpGroupKey = DlpGroup;

/** A policy as the editor holds it: patterns in their order, overrides naming connectors by slug. */
export interface DlpDraft {
  name: string;
  scope: "TENANT" | "ENVIRONMENT";
  environmentId: string | null;
  patterns: { pattern: string; group: DlpGroupKey }[];
  overrides: { connector: string; group: DlpGroupKey }[];
}

/** What POST /api/v1/dlp/preview answers (the data layer's type; the import is erased in the browser bundle). */
export type DlpPreviewResult = DlpPreview;

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
