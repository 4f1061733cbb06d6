import type { Db } from "../client.ts";

export interface RuleFrequency {
  code: string;
  severity: string;
  findings: number;
  connectors: number;
}

/** The most frequent rule codes among the findings of connectors' current versions. */
export async function listFrequentRuleCodes(db: Db, options: { limit?: number } = {}): Promise<RuleFrequency[]> {
  // Only connectors with findings are expanded: the denormalized counts let the scan skip the clean majority.
  return db.$queryRaw<RuleFrequency[]>`
    SELECT f->>'code' AS code, max(f->>'severity') AS severity, count(*)::int AS findings, count(DISTINCT c.id)::int AS connectors
    FROM "Connector" c
    JOIN LATERAL (SELECT v.findings FROM "ConnectorVersion" v WHERE v."connectorId" = c.id ORDER BY v.number DESC LIMIT 1) cv ON TRUE
    CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(cv.findings) = 'array' THEN cv.findings ELSE '[]'::jsonb END) f
    WHERE (c."errorCount" > 0 OR c."warningCount" > 0) AND f ? 'code'
    GROUP BY 1 ORDER BY findings DESC, code ASC
    LIMIT ${options.limit ?? 10}`;
}
