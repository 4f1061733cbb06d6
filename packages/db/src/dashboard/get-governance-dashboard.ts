import type { CertificationSummary } from "@connector-hub/governance";
import type { Db } from "../client.ts";
import { refreshDlpFacts } from "../dlp/refresh-dlp-facts.ts";
import { countConnectorsBy, type Bucket, type ConnectorCounts } from "./count-connectors-by.ts";
import { countMcpConnectors, type McpCounts } from "./count-mcp-connectors.ts";
import { countNewConnectorsByWeek } from "./count-new-connectors-by-week.ts";
import { countPublishedDuplicates, type PublishedDuplicates } from "./count-published-duplicates.ts";
import { listNeedsAttention, type AttentionList } from "./list-needs-attention.ts";
import { listTopMakers, type TopMaker } from "./list-top-makers.ts";
import { summarizeLicenceUtilization, type LicenceUtilization } from "./summarize-licence-utilization.ts";
import { summarizeCertifications } from "./summarize-certifications.ts";
import { summarizeSharingRequests, type SharingSummary } from "./summarize-sharing-requests.ts";
import { listFrequentRuleCodes, type RuleFrequency } from "./summarize-validation-health.ts";

export interface GovernanceDashboard {
  generatedAt: string;
  connectors: ConnectorCounts;
  byDlpGroup: Bucket[];
  newPerWeek: { week: string; count: number }[];
  sharing: SharingSummary;
  topMakers: TopMaker[];
  licence: LicenceUtilization;
  validation: { withErrors: number; withWarnings: number; topRules: RuleFrequency[] };
  attention: AttentionList[];
  audit: { lastSevenDays: number; latest: { at: string; actorLabel: string; action: string; entityType: string; entityId: string }[] };
  /** MCP connectors, their discovered tools and those not agent-ready (issue 24). */
  mcp: McpCounts;
  /** Connectors for an API Microsoft's repository already publishes a connector for (issue 23). */
  publishedDuplicates: PublishedDuplicates;
  /** Certification in microsoft/PowerPlatformConnectors as recorded on connectors: in progress, merged, how long (issue 21). */
  certification: CertificationSummary;
  /** How many connectors had to be (re)classified before answering (0 when nothing changed). */
  reclassified: number;
}

/** Every number of the governance dashboard, from one set of queries (run side by side on the pool). */
export async function getGovernanceDashboard(db: Db, options: { now?: Date } = {}): Promise<GovernanceDashboard> {
  const now = options.now ?? new Date();
  const { refreshed } = await refreshDlpFacts(db);
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const [connectors, dlp, newPerWeek, sharing, topMakers, licence, topRules, attention, auditCount, latest, mcp, publishedDuplicates, certification] =
    await Promise.all([
      countConnectorsBy(db),
      db.$queryRaw<{ key: string; n: number }[]>`SELECT "group"::text AS key, count(*)::int AS n FROM "ConnectorDlpFact" GROUP BY 1`,
      countNewConnectorsByWeek(db, { now }),
      summarizeSharingRequests(db),
      listTopMakers(db),
      summarizeLicenceUtilization(db, { now }),
      listFrequentRuleCodes(db),
      listNeedsAttention(db),
      db.auditEvent.count({ where: { at: { gte: weekAgo, lte: now } } }),
      db.auditEvent.findMany({ orderBy: { at: "desc" }, take: 10, select: { at: true, actorLabel: true, action: true, entityType: true, entityId: true } }),
      countMcpConnectors(db),
      countPublishedDuplicates(db),
      summarizeCertifications(db),
    ]);
  return {
    generatedAt: now.toISOString(),
    connectors,
    byDlpGroup: dlp.map((d) => ({ key: d.key, count: d.n })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    newPerWeek,
    sharing,
    topMakers,
    licence,
    validation: { withErrors: connectors.withErrors, withWarnings: connectors.withWarnings, topRules },
    attention,
    audit: { lastSevenDays: auditCount, latest: latest.map((e) => ({ ...e, at: e.at.toISOString() })) },
    mcp,
    publishedDuplicates,
    certification,
    reclassified: refreshed,
  };
}
