import { describe, expect, it } from "vitest";
import { checkEligibility, checkEligibilityBulk, DEFAULT_LICENCE_PLANS, type EligibilityUser } from "../src/index.ts";

const now = new Date("2026-11-26T12:00:00Z");
const connector = { hosting: "CLOUD" as const, host: "api.contoso.com", ownerId: "u0", authType: "OAUTH2" as const };
const users: EligibilityUser[] = DEFAULT_LICENCE_PLANS.flatMap((plan, i) => [
  { id: `a${i}`, assignments: [{ plan: plan.key, expiresAt: null, via: "user" as const }] },
  { id: `b${i}`, assignments: [{ plan: plan.key, expiresAt: new Date("2026-01-01T00:00:00Z"), via: "group" as const, groupName: "Old" }] },
]);
users.push({ id: "nobody", assignments: [] });

describe("checkEligibilityBulk", () => {
  const counts = new Map(users.map((u, i) => [u.id, i * 3]));

  it("gives every user the same verdicts as a single check", () => {
    const { results } = checkEligibilityBulk(users, connector, { now, ownedConnectorCounts: counts, context: "app" });
    expect(results).toHaveLength(users.length);
    users.forEach((user, i) => {
      expect(results[i]).toEqual(checkEligibility({ user, connector, now, context: "app", ownedConnectorCount: counts.get(user.id) ?? 0 }));
    });
  });

  it("summarises who could not use the connector", () => {
    const { summary } = checkEligibilityBulk(users, connector, { now, ownedConnectorCounts: counts });
    // Standalone use: Free, Premium, Trial and Legacy holders (unexpired) only.
    expect(summary.canUse).toBe(4);
    expect(summary.total).toBe(users.length);
    expect(summary.cannotUseUserIds).toContain("nobody");
    expect(summary.cannotUseUserIds).toContain("b4");
  });

  it("accepts counts as a plain record and treats missing users as owning none", () => {
    const { results } = checkEligibilityBulk(users.slice(8, 10), connector, { now, ownedConnectorCounts: { a4: 50 } });
    expect(results[0]?.canCreate.reason).toContain("50 of 50");
    expect(results[1]?.canCreate.allowed).toBe(false);
  });

  it("speaks about the person checked, not to the administrator, when asked to (voice other)", () => {
    const { results } = checkEligibilityBulk(users, connector, { now, ownedConnectorCounts: counts, voice: "other" });
    const reasons = results.flatMap((r) => [r.canUse.reason, r.canCreate.reason, r.canShare.reason, ...r.ignored.map((i) => i.reason)]);
    expect(reasons.filter((r) => /\b(you|your)\b/i.test(r))).toEqual([]);
    const free = results.find((r) => r.canCreate.rule === "plan.not_included");
    expect(free?.canCreate.reason).toMatch(/^Their .* plan does not include custom connectors, so they cannot create one\./);
    expect(results.find((r) => r.userId === "nobody")?.canUse.reason).toMatch(/^They hold no current licence plan/);
    // The default still speaks to the reader.
    const own = checkEligibilityBulk(users, connector, { now, ownedConnectorCounts: counts });
    expect(own.results.find((r) => r.userId === "nobody")?.canUse.reason).toMatch(/^You hold no current licence plan/);
  });
});
