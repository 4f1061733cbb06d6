import { checkEligibilityBulk, type EligibilityResult, type UsageContext } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { loadEligibilityPeople } from "./load-eligibility-users.ts";
import { loadLicencePlans } from "./load-licence-plans.ts";

export interface CheckEligibilityForUsersOptions {
  connector: { id?: string; slug?: string };
  userIds?: readonly string[];
  /** Every member of this group. */
  groupId?: string;
  /** User principal names, e.g. from a CSV (see parseUpnCsv). */
  upns?: readonly string[];
  environmentId?: string;
  context?: UsageContext;
  now?: Date;
  /** "other" when an administrator reads the verdicts about someone else ("Their plan…"); "self" by default. */
  voice?: "self" | "other";
}

export interface UserVerdict extends EligibilityResult {
  upn: string;
  displayName: string;
  ownedConnectorCount: number;
}

export interface EligibilityReport {
  connector: { id: string; slug: string; title: string };
  results: UserVerdict[];
  /** UPNs asked about that match no user, so the administrator can correct the list. */
  unknownUpns: string[];
  summary: { total: number; canUse: number; canCreate: number; canShare: number };
}

const MAX_USERS = 50_000;

/** Verdicts for many users against one connector: a few queries, then the pure bulk rules. */
export async function checkEligibilityForUsers(db: Db, options: CheckEligibilityForUsersOptions): Promise<EligibilityReport> {
  const where = options.connector.id ? { id: options.connector.id } : options.connector.slug ? { slug: options.connector.slug } : null;
  const nothingChosen = !options.userIds?.length && !options.groupId && !options.upns?.length;
  if (!where) {
    throw new AppError(
      "BAD_REQUEST",
      nothingChosen ? "Choose a connector and at least one person or a group, then check again." : "Choose the connector to check against.",
    );
  }
  const connector = await db.connector.findUnique({ where });
  if (!connector) throw new AppError("NOT_FOUND", `There is no connector ${options.connector.slug ?? options.connector.id}: check its name in the catalog.`);
  const upns = [...new Set((options.upns ?? []).map((u) => u.trim().toLowerCase()).filter(Boolean))];
  if (!options.userIds?.length && !options.groupId && upns.length === 0) {
    throw new AppError("BAD_REQUEST", "Choose at least one person or a group to check (or give a list of user principal names).");
  }
  if (upns.length + (options.userIds?.length ?? 0) > MAX_USERS) {
    throw new AppError("PAYLOAD_TOO_LARGE", `Check at most ${MAX_USERS.toLocaleString("en")} users at a time: split the list.`);
  }
  const [loaded, environment, plans] = await Promise.all([
    loadEligibilityPeople(db, { userIds: options.userIds ?? [], upns, ...(options.groupId ? { groupId: options.groupId } : {}) }),
    db.environment.findUnique({ where: { id: options.environmentId ?? connector.environmentId }, select: { type: true } }),
    loadLicencePlans(db),
  ]);
  const people = loaded.people;
  if (options.groupId && people.length === 0 && !(await db.group.findUnique({ where: { id: options.groupId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "That group does not exist: pick one from the list.");
  }
  const found = new Set(people.map((p) => p.upn.toLowerCase()));
  const unknownUpns = upns.filter((u) => !found.has(u));
  const bulk = checkEligibilityBulk(
    loaded.users,
    {
      hosting: connector.hosting,
      host: connector.host,
      ownerId: connector.ownerId,
      authType: connector.authType,
      gatewayName: connector.gatewayName,
      name: connector.title,
    },
    {
      now: options.now ?? new Date(),
      plans,
      ownedConnectorCounts: loaded.ownedCounts,
      ...(environment ? { environment: { type: environment.type } } : {}),
      ...(options.context ? { context: options.context } : {}),
      ...(options.voice ? { voice: options.voice } : {}),
    },
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  const results = bulk.results.map((r) => {
    const p = byId.get(r.userId);
    return { ...r, upn: p?.upn ?? "", displayName: p?.displayName ?? "", ownedConnectorCount: loaded.ownedCounts.get(r.userId) ?? 0 };
  });
  const { cannotUseUserIds: _ids, ...summary } = bulk.summary;
  return { connector: { id: connector.id, slug: connector.slug, title: connector.title }, results, unknownUpns, summary };
}
