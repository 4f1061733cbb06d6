import { diffDefinitions, type TChange } from "@connector-hub/definitions";
import type { Db } from "../client.ts";
import { prepareConnectorSource, type ConnectorSourceInput } from "../connectors/prepare-connector-source.ts";
import { assessBreakingImpact } from "./assess-breaking-impact.ts";
import type { BreakingImpact } from "./inventory-types.ts";
import { loadUsageConnector, type UsageViewer } from "./load-usage-connector.ts";

export interface VersionImpactPreview {
  comparedWith: number;
  changes: TChange[];
  impacts: BreakingImpact[];
  /** True when a breaking change reaches at least one flow: what a connector repository's CI fails on. */
  breaksFlows: boolean;
}

/** What a candidate definition would break if uploaded now, against the newest version: nothing is saved. */
export async function previewVersionImpact(
  db: Db,
  options: { slug: string; source: ConnectorSourceInput; viewer: UsageViewer | null },
): Promise<VersionImpactPreview> {
  const connector = await loadUsageConnector(db, options.slug, options.viewer);
  const prepared = prepareConnectorSource(options.source);
  const latest = connector.versions[0]!;
  const diff = diffDefinitions(latest.definition, prepared.definition);
  const impacts = await assessBreakingImpact(db, { connectorId: connector.id, changes: diff.changes });
  return { comparedWith: latest.number, changes: diff.changes, impacts, breaksFlows: impacts.length > 0 };
}
