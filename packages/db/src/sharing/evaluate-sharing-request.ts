import { looksLikeOpenApi3, validateConnector } from "@connector-hub/definitions";
import {
  checkEligibilityBulk,
  computeRiskScore,
  computeSharingGates,
  type DataSensitivity,
  type RiskScore,
  type SharingGate,
  type ShareTarget,
  type SupportDetails,
  type TargetEligibility,
} from "@connector-hub/governance";
import type { DbOrTx } from "../audit/record-audit-event.ts";
import type { Connector, ConnectorVersion } from "../generated/prisma/client.ts";
import { loadEligibilityUsers } from "../licence/load-eligibility-users.ts";
import { loadLicencePlans } from "../licence/load-licence-plans.ts";
import { findPublishedMatches } from "../published/find-published-matches.ts";
import { runQueries } from "../run-queries.ts";

export interface SharingFacts {
  target: ShareTarget;
  supportDetails: SupportDetails;
  secretHandling?: string | null;
  riskAccepted: boolean;
  dataSensitivity: DataSensitivity;
}

export interface SharingEvaluation {
  gates: SharingGate[];
  risk: RiskScore;
  targetEligibility: TargetEligibility[] | null;
  /** True when no blocking gate failed, so the request may be submitted. */
  canSubmit: boolean;
}

// Licence verdicts for the whole organization are computed for at most this many people; beyond it the gate says
// "not checked" rather than slowing every form render.
const MAX_ORGANIZATION_CHECK = 20_000;

async function principalsOf(db: DbOrTx, target: ShareTarget): Promise<{ id: string; displayName: string }[] | null> {
  if (target.scope === "PUBLIC" || target.scope === "PRIVATE") return null;
  if (target.scope === "ORGANIZATION") {
    const count = await db.user.count({ where: { isActive: true } });
    if (count > MAX_ORGANIZATION_CHECK) return null;
    return db.user.findMany({ where: { isActive: true }, select: { id: true, displayName: true } });
  }
  const userIds = (target.users ?? []).map((u) => u.id);
  const groupIds = (target.groups ?? []).map((g) => g.id);
  return db.user.findMany({
    where: { OR: [{ id: { in: userIds } }, { memberships: { some: { groupId: { in: groupIds } } } }] },
    select: { id: true, displayName: true },
  });
}

function certificationErrorCount(version: ConnectorVersion): number {
  // An OpenAPI 3 document was converted on upload: the stored 2.0 definition is what is shared.
  const isConverted = looksLikeOpenApi3(version.sourceText);
  const findings = validateConnector({
    definition: isConverted ? JSON.stringify(version.definition, null, 2) : version.sourceText,
    fileName: isConverted ? "apiDefinition.swagger.json" : (version.fileName ?? "apiDefinition.swagger.json"),
    ...(version.apiProperties ? { apiProperties: JSON.stringify(version.apiProperties) } : {}),
    certification: true,
  }).findings;
  return findings.filter((f) => f.severity === "error").length;
}

/** Issue 23: the published connectors for the same API as this version, and the maker's reason recorded at import. */
async function findPublishedDuplicate(db: DbOrTx, connector: Connector, version: ConnectorVersion) {
  const [operations, note] = await runQueries(db, [
    () => db.operation.findMany({ where: { versionId: version.id }, select: { method: true, path: true } }),
    () => db.publishedDuplicateNote.findUnique({ where: { connectorId: connector.id }, select: { reason: true } }),
  ]);
  const matches = await findPublishedMatches(db, {
    host: connector.host,
    title: connector.title,
    publisher: connector.publisher,
    basePath: connector.basePath,
    operations,
  });
  return { matches, reason: note?.reason ?? null };
}

/** Gates, risk score and the targets' licence verdicts of a sharing request: computed from facts, never typed. */
export async function evaluateSharingRequest(db: DbOrTx, connector: Connector, version: ConnectorVersion, facts: SharingFacts): Promise<SharingEvaluation> {
  const principals = await principalsOf(db, facts.target);
  let targetEligibility: TargetEligibility[] | null = null;
  if (principals && principals.length > 0) {
    const [plans, loaded] = await runQueries(db, [
      () => loadLicencePlans(db),
      () =>
        loadEligibilityUsers(
          db,
          principals.map((p) => p.id),
        ),
    ]);
    const environment = await db.environment.findUnique({ where: { id: connector.environmentId }, select: { type: true } });
    const bulk = checkEligibilityBulk(loaded.users, connector, {
      now: new Date(),
      plans,
      ownedConnectorCounts: loaded.ownedCounts,
      ...(environment ? { environment: { type: environment.type } } : {}),
      // The maker reads these about the people they share with: "Their plan…", not "Your plan…".
      voice: "other",
    });
    const names = new Map(principals.map((p) => [p.id, p.displayName]));
    targetEligibility = bulk.results.map((r) => ({
      principalId: r.userId,
      displayName: names.get(r.userId) ?? r.userId,
      canUse: r.canUse.allowed,
      reason: r.canUse.reason,
    }));
  }
  const definition = (version.definition ?? {}) as { schemes?: unknown };
  const schemes = Array.isArray(definition.schemes) ? definition.schemes.filter((s): s is string => typeof s === "string") : [];
  const publishedDuplicate = await findPublishedDuplicate(db, connector, version);
  const gates = computeSharingGates({
    connector: {
      authType: connector.authType,
      hosting: connector.hosting,
      host: connector.host,
      gatewayName: connector.gatewayName,
      schemes,
      lifecycle: connector.lifecycle,
    },
    version: { errorCount: version.errorCount, certificationErrorCount: facts.target.scope === "PUBLIC" ? certificationErrorCount(version) : 0 },
    target: facts.target,
    declaredSecretHandling: facts.secretHandling ?? null,
    riskAccepted: facts.riskAccepted,
    supportDetails: facts.supportDetails,
    targetEligibility,
    publishedDuplicate,
  });
  const risk = computeRiskScore({
    authType: connector.authType,
    hosting: connector.hosting,
    scope: facts.target.scope,
    dataSensitivity: facts.dataSensitivity,
    errorCount: version.errorCount,
    warningCount: version.warningCount,
    plainHttp: gates.some((g) => g.code === "host.https" && !g.passed),
  });
  return { gates, risk, targetEligibility, canSubmit: gates.every((g) => g.passed || !g.blocking) };
}
