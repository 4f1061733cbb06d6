import { type DlpPolicy as PolicyRules, listZodIssues, validateDlpPolicy, ZDlpPolicy } from "@connector-hub/governance";
import { AppError, translateDbError } from "../app-error.ts";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { invalidateGovernanceSnapshot } from "../dashboard/read-governance-dashboard.ts";
import { refreshDlpFacts } from "./refresh-dlp-facts.ts";
import { getDlpPolicy } from "./list-dlp-policies.ts";
import { resolveDlpPolicyInput } from "./resolve-dlp-policy-input.ts";
import type { StoredDlpPolicy } from "./to-policy-rules.ts";

export interface SaveDlpPolicyOptions {
  /** Absent: create a new policy. */
  id?: string;
  /** A policy as the editor or the API sends it (ZDlpPolicy); overrides name connectors by id, slug or title. */
  input: unknown;
  actor: { id: string | null; label: string };
  requestId?: string | null;
  action?: string;
}

const snapshot = (p: StoredDlpPolicy | PolicyRules) =>
  ({
    name: p.name ?? null,
    scope: p.scope ?? "TENANT",
    environmentId: p.environmentId ?? null,
    patterns: p.patterns.map((x) => ({ order: x.order, pattern: x.pattern, group: x.group })),
    overrides: p.overrides.map((o) => ({ connectorId: "connectorId" in o ? (o.connectorId ?? null) : null, group: o.group })),
  }) as Prisma.InputJsonValue;

/**
 * Creates or replaces a DLP policy (its ordered patterns and overrides as a whole), refusing anything
 * validateDlpPolicy finds wrong, audits the change, and reclassifies the connectors it governs.
 */
export async function saveDlpPolicy(db: Db, options: SaveDlpPolicyOptions): Promise<StoredDlpPolicy> {
  const parsed = ZDlpPolicy.safeParse(options.input);
  if (!parsed.success) {
    const issues = listZodIssues(parsed.error, { separator: "/" }).map((i) => ({ ...i, path: `/${i.path}` }));
    throw new AppError("BAD_REQUEST", `The policy cannot be saved: ${issues.map((i) => i.message).join(" ")}`, issues);
  }
  const rules = await resolveDlpPolicyInput(db, parsed.data);
  const problems = validateDlpPolicy(rules);
  if (problems.length > 0) {
    throw new AppError("UNPROCESSABLE", `The policy cannot be saved: ${problems.map((p) => p.message).join(" ")}`, problems);
  }
  const before = options.id ? await getDlpPolicy(db, options.id) : null;
  const data = {
    name: parsed.data.name,
    scope: rules.scope ?? "TENANT",
    environmentId: rules.scope === "ENVIRONMENT" ? (rules.environmentId ?? null) : null,
  };
  let id: string;
  try {
    id = await db.$transaction(async (tx) => {
      const policy = before
        ? await tx.dlpPolicy.update({ where: { id: before.id }, data: { ...data, updatedAt: new Date() } })
        : await tx.dlpPolicy.create({ data });
      await tx.dlpPattern.deleteMany({ where: { policyId: policy.id } });
      await tx.dlpConnectorOverride.deleteMany({ where: { policyId: policy.id } });
      await tx.dlpPattern.createMany({ data: rules.patterns.map((p) => ({ policyId: policy.id, order: p.order, pattern: p.pattern.trim(), group: p.group })) });
      await tx.dlpConnectorOverride.createMany({
        data: rules.overrides.map((o) => ({ policyId: policy.id, connectorId: o.connectorId ?? "", group: o.group })),
      });
      await tx.auditEvent.create({
        data: {
          actorId: options.actor.id,
          actorLabel: options.actor.label,
          action: options.action ?? (before ? "dlp.policy.updated" : "dlp.policy.created"),
          entityType: "DlpPolicy",
          entityId: policy.id,
          before: before ? snapshot(before) : undefined,
          after: snapshot(rules),
          requestId: options.requestId ?? null,
        },
      });
      return policy.id;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", `A DLP policy named "${data.name}" already exists; choose another name.`);
    }
    throw translateDbError(error, "DLP policy");
  }
  await refreshDlpFacts(db);
  await invalidateGovernanceSnapshot(db);
  return getDlpPolicy(db, id);
}
