import { compileDlpPolicy, type CompiledDlpPolicy, type DlpDecision } from "@connector-hub/governance";
import type { Db } from "../client.ts";
import { findApplicablePolicies, policyFor } from "./find-applicable-policies.ts";
import { listDlpConnectors, type DlpConnectorRow } from "./list-dlp-connectors.ts";
import { policyStamp, toPolicyRules } from "./to-policy-rules.ts";

const CHUNK = 5_000;

export function describeDecision(decision: DlpDecision): string {
  if (decision.decidedBy.kind === "override") return `override by ${decision.decidedBy.by ?? "id"}`;
  if (decision.decidedBy.kind === "pattern") return `pattern ${decision.decidedBy.order ?? "?"}: ${decision.decidedBy.pattern ?? ""}`;
  return "default";
}

/**
 * Brings ConnectorDlpFact up to date: classifies the connectors that are new, changed since their fact was
 * computed, or whose applicable policy was saved since (or all of them with `all`). The dashboard calls this
 * first, so it is cheap when nothing changed: one anti-join, no classification.
 */
export async function refreshDlpFacts(db: Db, options: { all?: boolean } = {}): Promise<{ refreshed: number }> {
  const applicable = await findApplicablePolicies(db);
  const envIds = [...applicable.byEnvironment.keys()];
  const envStamps = envIds.map((id) => policyStamp(applicable.byEnvironment.get(id) ?? null));
  const defaultStamp = policyStamp(applicable.tenant);

  let rows: DlpConnectorRow[];
  if (options.all) {
    rows = await listDlpConnectors(db);
  } else {
    const stale = await db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Connector" c
      LEFT JOIN "ConnectorDlpFact" f ON f."connectorId" = c.id
      LEFT JOIN unnest(${envIds}::text[], ${envStamps}::text[]) AS p(env, stamp) ON p.env = c."environmentId"
      WHERE f."connectorId" IS NULL OR f."connectorUpdatedAt" <> c."updatedAt" OR f."policyStamp" <> COALESCE(p.stamp, ${defaultStamp})`;
    if (stale.length === 0) return { refreshed: 0 };
    rows = [];
    for (let i = 0; i < stale.length; i += CHUNK) {
      rows.push(...(await listDlpConnectors(db, { ids: stale.slice(i, i + CHUNK).map((r) => r.id) })));
    }
  }

  const compiled = new Map<string, CompiledDlpPolicy>();
  const noPolicy = compileDlpPolicy({ patterns: [], overrides: [] });
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const ids: string[] = [],
      policyIds: (string | null)[] = [],
      stamps: string[] = [],
      schemes: string[] = [],
      groups: string[] = [],
      decided: string[] = [];
    for (const row of chunk) {
      const policy = policyFor(applicable, row.environmentId);
      let classifier = policy ? compiled.get(policy.id) : noPolicy;
      if (!classifier && policy) {
        classifier = compileDlpPolicy(toPolicyRules(policy));
        compiled.set(policy.id, classifier);
      }
      const decision = (classifier ?? noPolicy).classify(row);
      ids.push(row.id);
      policyIds.push(policy?.id ?? null);
      stamps.push(policyStamp(policy));
      schemes.push(row.scheme ?? "https");
      groups.push(decision.group);
      decided.push(describeDecision(decision));
    }
    // connectorUpdatedAt is read back from the row itself, so the stale check compares like with like.
    await db.$executeRaw`
      INSERT INTO "ConnectorDlpFact" ("connectorId", "policyId", "policyStamp", "connectorUpdatedAt", scheme, "group", "decidedBy", "computedAt")
      SELECT u.id, u.pid, u.stamp, c."updatedAt", u.scheme, u.grp::"DlpGroup", u.decided, now()
      FROM unnest(${ids}::text[], ${policyIds}::text[], ${stamps}::text[], ${schemes}::text[], ${groups}::text[], ${decided}::text[])
        AS u(id, pid, stamp, scheme, grp, decided)
      JOIN "Connector" c ON c.id = u.id
      ON CONFLICT ("connectorId") DO UPDATE SET "policyId" = EXCLUDED."policyId", "policyStamp" = EXCLUDED."policyStamp",
        "connectorUpdatedAt" = EXCLUDED."connectorUpdatedAt", scheme = EXCLUDED.scheme, "group" = EXCLUDED."group",
        "decidedBy" = EXCLUDED."decidedBy", "computedAt" = EXCLUDED."computedAt"`;
  }
  return { refreshed: rows.length };
}
