import { checkEligibility, type EligibilityConnector, type EligibilityResult, type UsageContext } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { DbOrTx } from "../audit/record-audit-event.ts";
import type { EnvironmentType } from "../generated/prisma/enums.ts";
import { loadEligibilityUsers } from "./load-eligibility-users.ts";
import { loadLicencePlans } from "./load-licence-plans.ts";
import { runQueries } from "../run-queries.ts";

export interface CheckUserEligibilityOptions {
  userId: string;
  /** The connector to check, by id or slug; without one, a plain cloud connector stands in (for "may I create one?"). */
  connector?: { id?: string; slug?: string } | EligibilityConnector;
  /** Defaults to the connector's own environment. */
  environmentId?: string;
  context?: UsageContext;
  now?: Date;
}

export type UserEligibility = EligibilityResult & { ownedConnectorCount: number; environmentType: EnvironmentType | null };

// Stands in when no connector is named: a cloud API that is not Azure-hosted, the usual case for a new connector.
const PLAIN_CLOUD_CONNECTOR: EligibilityConnector = { hosting: "CLOUD", host: "api.example.com", ownerId: "", authType: "OAUTH2" };

async function resolveConnector(db: DbOrTx, ref: NonNullable<CheckUserEligibilityOptions["connector"]>) {
  if ("hosting" in ref) return { connector: ref, environmentId: undefined };
  const where = ref.id ? { id: ref.id } : ref.slug ? { slug: ref.slug } : null;
  if (!where) throw new AppError("BAD_REQUEST", "Name the connector to check by its id or slug.");
  const row = await db.connector.findUnique({ where });
  if (!row) throw new AppError("NOT_FOUND", `There is no connector ${ref.slug ?? ref.id}: check the name in the catalog.`);
  const connector: EligibilityConnector = {
    hosting: row.hosting,
    host: row.host,
    ownerId: row.ownerId,
    authType: row.authType,
    gatewayName: row.gatewayName,
    name: row.title,
  };
  return { connector, environmentId: row.environmentId };
}

/** May this user use the connector, create one more, share it, and why: the governance rules on the stored plans. */
export async function checkUserEligibility(db: DbOrTx, options: CheckUserEligibilityOptions): Promise<UserEligibility> {
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", "There is no such user: check the user principal name.");
  const { connector, environmentId: connectorEnv } = options.connector
    ? await resolveConnector(db, options.connector)
    : { connector: PLAIN_CLOUD_CONNECTOR, environmentId: undefined };
  const environmentId = options.environmentId ?? connectorEnv;
  const environment = environmentId ? await db.environment.findUnique({ where: { id: environmentId }, select: { type: true } }) : null;
  if (environmentId && !environment) throw new AppError("NOT_FOUND", "That environment does not exist: pick one from the list.");
  const [plans, loaded] = await runQueries(db, [() => loadLicencePlans(db), () => loadEligibilityUsers(db, [user.id])]);
  const owned = loaded.ownedCounts.get(user.id) ?? 0;
  const result = checkEligibility({
    user: loaded.users[0] ?? { id: user.id, assignments: [] },
    connector,
    ...(environment ? { environment: { type: environment.type } } : {}),
    ...(options.context ? { context: options.context } : {}),
    ownedConnectorCount: owned,
    now: options.now ?? new Date(),
    plans,
  });
  return { ...result, ownedConnectorCount: owned, environmentType: environment?.type ?? null };
}
