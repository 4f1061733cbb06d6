import { canEditConnector, canReadConnector, type AccessConnector } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Permission, PrincipalType, SharingScope } from "../generated/prisma/enums.ts";
import type { UsageResource } from "../inventory/inventory-types.ts";
import { readUsageRows } from "../inventory/read-usage-rows.ts";
import { scopeAfterRevoke } from "./scope-after-revoke.ts";
import type { SharingActor } from "./sharing-types.ts";

/** How many people, and how many of their flows, apps and agents, an answer lists; its totals count them all. */
export const REVOCATION_LIST_LIMIT = 200;
const USER_BATCH = 1000;

export interface PreviewShareRevocationOptions {
  shareId: string;
  viewer: SharingActor;
  /** At most this many people and this many flows, apps and agents listed (REVOCATION_LIST_LIMIT). */
  limit?: number;
}

export interface RevocationPerson {
  userId: string;
  displayName: string;
  upn: string;
  /** Exact counts of their flows, apps and agents using the connector, listed or not. */
  flowCount: number;
  appCount: number;
  agentCount: number;
  /** Their flows, apps and agents using the connector (flows first, agents last), within the answer's limit. */
  resources: UsageResource[];
}

export interface ShareRevocationImpact {
  shareId: string;
  connector: { id: string; slug: string; title: string };
  principal: { type: PrincipalType; id: string | null; displayName: string; permission: Permission };
  /** The connector's scope once the share is revoked. */
  scopeAfter: SharingScope;
  /** Those the share reaches who keep no other access (listed within the limit; people with flows first). */
  people: RevocationPerson[];
  totals: { reached: number; people: number; flows: number; apps: number; agents: number; environments: number };
  /** Whether people or resources were left off the lists. */
  truncated: boolean;
  /** When the inventory was last synced; null when it never was, so which flows stop is not known. */
  lastSyncedAt: Date | null;
  /** "3 people lose access; 5 of their flows in 2 environments stop." */
  summary: string;
}

type ReachedUser = { id: string; oid: string; displayName: string; upn: string; roles: string[]; memberships: { groupId: string }[] };

/**
 * What revoking one share would do, before it is done: the people it reaches (the user, the group's members, or
 * everyone when the organization-wide access goes) who would no longer read the connector by governance's
 * `canReadConnector` (owner, other shares, groups, organization scope and administrators keep theirs), and their flows,
 * apps and agents that use it, from the inventory (owner = User.oid). The same permission as `revokeShare`. Saves nothing.
 */
export async function previewShareRevocation(db: Db, options: PreviewShareRevocationOptions): Promise<ShareRevocationImpact> {
  const { viewer } = options;
  const limit = options.limit ?? REVOCATION_LIST_LIMIT;
  const share = await db.share.findUnique({
    where: { id: options.shareId },
    include: {
      user: { select: { displayName: true } },
      group: { select: { displayName: true } },
      connector: { select: { id: true, slug: true, title: true, ownerId: true, scope: true, shares: true } },
    },
  });
  if (!share) throw new AppError("NOT_FOUND", "That share does not exist: reload the page.");
  const connector = share.connector;
  if (!canEditConnector({ connector, user: { id: viewer.id, roles: viewer.roles, groupIds: viewer.groupIds ?? [] } }).allowed) {
    throw new AppError("FORBIDDEN", "Only the connector's owner, a co-owner or an administrator can revoke its shares.");
  }
  if (share.revokedAt) throw new AppError("CONFLICT", "This share was already revoked: reload the page.");

  const scopeAfter = scopeAfterRevoke(connector, share.id);
  const after: AccessConnector = { ownerId: connector.ownerId, scope: scopeAfter, shares: connector.shares.filter((s) => s.id !== share.id) };
  const wasOrganizationWide = connector.scope === "ORGANIZATION" || connector.scope === "PUBLIC";
  const staysOrganizationWide = scopeAfter === "ORGANIZATION" || scopeAfter === "PUBLIC";
  // Losing organization-wide access reaches everyone, whichever share carried it.
  const where: Prisma.UserWhereInput =
    share.principalType === "ORGANIZATION" || (wasOrganizationWide && !staysOrganizationWide)
      ? { isActive: true }
      : share.principalType === "GROUP"
        ? { isActive: true, memberships: { some: { groupId: share.groupId ?? "" } } }
        : { isActive: true, id: share.userId ?? "" };

  let reached = 0;
  const losing: ReachedUser[] = [];
  for (let cursor: string | undefined; ;) {
    const batch: ReachedUser[] = await db.user.findMany({
      where,
      select: { id: true, oid: true, displayName: true, upn: true, roles: true, memberships: { select: { groupId: true } } },
      orderBy: { id: "asc" },
      take: USER_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    reached += batch.length;
    for (const u of batch) {
      if (!canReadConnector(after, { userId: u.id, roles: u.roles, groupIds: u.memberships.map((m) => m.groupId) }).allowed) losing.push(u);
    }
    if (batch.length < USER_BATCH) break;
    cursor = batch[batch.length - 1]!.id;
  }

  const [rows, lastRun] = await Promise.all([
    losing.length > 0 ? readUsageRows(db, { connectorId: connector.id }) : Promise.resolve([]),
    db.inventorySyncRun.findFirst({ where: { status: "succeeded" }, orderBy: { finishedAt: "desc" }, select: { finishedAt: true } }),
  ]);
  const byOid = new Map<string, UsageResource[]>();
  for (const r of rows) {
    if (!r.ownerOid) continue;
    const list = byOid.get(r.ownerOid) ?? [];
    list.push(r);
    byOid.set(r.ownerOid, list);
  }
  const environments = new Set<string>();
  let flows = 0;
  let apps = 0;
  let agents = 0;
  const rank = { FLOW: 0, APP: 1, AGENT: 2 } as const;
  const people = losing
    .map((u) => {
      const own = (byOid.get(u.oid) ?? []).sort((a, b) => rank[a.kind] - rank[b.kind]);
      const flowCount = own.filter((r) => r.kind === "FLOW").length;
      const agentCount = own.filter((r) => r.kind === "AGENT").length;
      flows += flowCount;
      agents += agentCount;
      apps += own.length - flowCount - agentCount;
      for (const r of own) environments.add(r.environmentName);
      return { user: u, own, flowCount, agentCount };
    })
    .sort((a, b) => b.own.length - a.own.length || a.user.displayName.localeCompare(b.user.displayName));

  let room = limit;
  const listed: RevocationPerson[] = people.slice(0, limit).map(({ user, own, flowCount, agentCount }) => {
    const resources = own.slice(0, Math.max(room, 0));
    room -= resources.length;
    return { userId: user.id, displayName: user.displayName, upn: user.upn, flowCount, appCount: own.length - flowCount - agentCount, agentCount, resources };
  });
  const totals = { reached, people: losing.length, flows, apps, agents, environments: environments.size };
  const lastSyncedAt = lastRun?.finishedAt ?? null;
  return {
    shareId: share.id,
    connector: { id: connector.id, slug: connector.slug, title: connector.title },
    principal: {
      type: share.principalType,
      id: share.userId ?? share.groupId ?? null,
      displayName: share.principalType === "ORGANIZATION" ? "Everyone in the organization" : (share.user?.displayName ?? share.group?.displayName ?? "Unknown"),
      permission: share.permission,
    },
    scopeAfter,
    people: listed,
    totals,
    truncated: listed.length < losing.length || listed.some((p) => p.resources.length < p.flowCount + p.appCount + p.agentCount),
    lastSyncedAt,
    summary: summarize(totals, lastSyncedAt !== null),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summarize(totals: ShareRevocationImpact["totals"], inventoryKnown: boolean): string {
  if (totals.people === 0) return "Nobody loses access: everyone this share reaches keeps access another way.";
  const who = `${plural(totals.people, "person", "people")} ${totals.people === 1 ? "loses" : "lose"} access`;
  if (!inventoryKnown) return `${who}; there has been no inventory sync yet, so which of their flows, apps and agents stop is not known.`;
  const count = totals.flows + totals.apps + totals.agents;
  if (count === 0) return `${who}; none of their flows, apps or agents uses this connector.`;
  const parts = [
    totals.flows ? `${totals.flows} of their flows` : null,
    totals.apps ? `${totals.apps} of their apps` : null,
    totals.agents ? `${totals.agents} of their agents` : null,
  ].filter((p): p is string => p !== null);
  const what = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  return `${who}; ${what} in ${plural(totals.environments, "environment")} ${count === 1 ? "stops" : "stop"}.`;
}
