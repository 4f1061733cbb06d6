import type { EligibilityUser, LicenceAssignment } from "@connector-hub/governance";
import type { DbOrTx } from "../audit/record-audit-event.ts";

export interface EligibilityPeople {
  people: { id: string; upn: string; displayName: string }[];
  users: EligibilityUser[];
  ownedCounts: Map<string, number>;
}

/**
 * People (by id, by user principal name, or every member of a group) with their direct and group licence
 * assignments and the number of custom connectors each owns across every environment, in one query whatever their
 * number, so a bulk check of thousands stays fast. Only the connectors that count against the cap are counted.
 */
export async function loadEligibilityPeople(
  db: DbOrTx,
  who: { userIds?: readonly string[]; upns?: readonly string[]; groupId?: string },
): Promise<EligibilityPeople> {
  const ids = [...new Set(who.userIds ?? [])];
  const upns = [...new Set((who.upns ?? []).map((u) => u.toLowerCase()))];
  if (ids.length === 0 && upns.length === 0 && !who.groupId) return { people: [], users: [], ownedCounts: new Map() };
  // Ids and names travel as one newline-joined text and the answer as one JSON text: with thousands of users this
  // costs a fraction of binding an array parameter and converting a row per user in the driver adapter.
  const [answer] = await db.$queryRaw<{ people: string | null; granted: string | null; owned: string | null }[]>`
    WITH people AS (
      SELECT u.id, u.upn, u."displayName" FROM "User" u
       WHERE u.id = ANY(string_to_array(${ids.join("\n")}, E'\n')) OR lower(u.upn) = ANY(string_to_array(${upns.join("\n")}, E'\n'))
          OR u.id IN (SELECT m."userId" FROM "GroupMember" m WHERE m."groupId" = ${who.groupId ?? ""})
    ), granted AS (
      SELECT a."userId" AS uid, p.key, a."startsAt", a."expiresAt", NULL::text AS via
        FROM "LicenceAssignment" a JOIN "LicencePlan" p ON p.id = a."planId"
       WHERE a."userId" IN (SELECT id FROM people)
      UNION ALL
      SELECT m."userId", p.key, a."startsAt", a."expiresAt", g."displayName"
        FROM "LicenceAssignment" a JOIN "LicencePlan" p ON p.id = a."planId"
        JOIN "GroupMember" m ON m."groupId" = a."groupId" JOIN "Group" g ON g.id = a."groupId"
       WHERE m."userId" IN (SELECT id FROM people)
    ), owned AS (
      SELECT "ownerId", count(*)::int AS n FROM "Connector"
       WHERE "ownerId" IN (SELECT id FROM people) AND NOT "isSample" AND lifecycle <> 'RETIRED'
       GROUP BY "ownerId"
    )
    SELECT (SELECT json_agg(json_build_array(id, upn, "displayName")) FROM people)::text AS people,
           (SELECT json_agg(json_build_array(uid, key, floor(extract(epoch FROM "startsAt") * 1000), floor(extract(epoch FROM "expiresAt") * 1000), via)) FROM granted)::text AS granted,
           (SELECT json_agg(json_build_array("ownerId", n)) FROM owned)::text AS owned`;
  const peopleRows = JSON.parse(answer?.people ?? "[]") as [string, string, string][];
  const grantedRows = JSON.parse(answer?.granted ?? "[]") as [string, string, number, number | null, string | null][];
  const ownedRows = JSON.parse(answer?.owned ?? "[]") as [string, number][];
  const ownedCounts = new Map(ownedRows);
  const byUser = new Map<string, LicenceAssignment[]>();
  for (const [uid, plan, startsAt, expiresAt, via] of grantedRows) {
    const list = byUser.get(uid) ?? [];
    if (list.length === 0) byUser.set(uid, list);
    list.push({
      plan,
      startsAt: new Date(startsAt),
      expiresAt: expiresAt === null ? null : new Date(expiresAt),
      via: via === null ? "user" : "group",
      ...(via === null ? {} : { groupName: via }),
    });
  }
  peopleRows.sort((x, y) => (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : x[0] < y[0] ? -1 : 1));
  const people = peopleRows.map(([id, upn, displayName]) => ({ id, upn, displayName }));
  const users: EligibilityUser[] = people.map((p) => ({ id: p.id, assignments: byUser.get(p.id) ?? [] }));
  return { people, users, ownedCounts };
}

/** The same for known user ids, keeping the order asked for. */
export async function loadEligibilityUsers(db: DbOrTx, userIds: readonly string[]): Promise<{ users: EligibilityUser[]; ownedCounts: Map<string, number> }> {
  const loaded = await loadEligibilityPeople(db, { userIds });
  const byId = new Map(loaded.users.map((u) => [u.id, u]));
  return { users: [...new Set(userIds)].map((id) => byId.get(id) ?? { id, assignments: [] }), ownedCounts: loaded.ownedCounts };
}
