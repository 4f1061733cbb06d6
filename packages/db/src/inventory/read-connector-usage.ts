import type { Db } from "../client.ts";
import { getConnectorUsage } from "./get-connector-usage.ts";
import type { ConnectorUsage } from "./inventory-types.ts";
import { loadUsageConnector, type UsageViewer } from "./load-usage-connector.ts";

/** "Used by" of a connector by its address, for its editors and administrators (the REST API and the page). */
export async function readConnectorUsage(db: Db, options: { slug: string; viewer: UsageViewer | null }): Promise<ConnectorUsage> {
  const connector = await loadUsageConnector(db, options.slug, options.viewer);
  const latest = connector.versions[0];
  const operations = latest ? await db.operation.findMany({ where: { versionId: latest.id }, select: { operationId: true }, orderBy: { path: "asc" } }) : [];
  return getConnectorUsage(db, { connectorId: connector.id, operationIds: operations.map((o) => o.operationId) });
}
