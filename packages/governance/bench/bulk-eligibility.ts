// Times checkEligibilityBulk for 10,000 users against one connector (issue 8 asks for < 1 s).
import { checkEligibilityBulk, DEFAULT_LICENCE_PLANS, type EligibilityUser } from "../src/index.ts";

const USERS = 10_000;
const RUNS = 5;
const now = new Date("2026-11-26T12:00:00Z");
const keys = DEFAULT_LICENCE_PLANS.map((p) => p.key);

// A realistic spread: most users hold one plan, some two (one via a group), some an expired trial.
const users: EligibilityUser[] = Array.from({ length: USERS }, (_, i) => {
  const first = keys[i % keys.length] ?? "MICROSOFT_365";
  const assignments: EligibilityUser["assignments"][number][] = [{ plan: first, expiresAt: null, via: "user" }];
  if (i % 3 === 0) assignments.push({ plan: "POWER_AUTOMATE_PREMIUM", expiresAt: null, via: "group", groupName: "Makers" });
  if (i % 7 === 0) assignments.push({ plan: "TRIAL", expiresAt: new Date("2026-01-01T00:00:00Z"), via: "user" });
  return { id: `user-${i}`, assignments };
});
const counts = new Map(users.map((u, i) => [u.id, i % 60]));
const connector = { hosting: "CLOUD" as const, host: "api.contoso.com", ownerId: "user-1", authType: "OAUTH2" as const };

const times: number[] = [];
let canUse = 0;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const { summary } = checkEligibilityBulk(users, connector, { now, ownedConnectorCounts: counts, context: "standalone" });
  times.push(performance.now() - start);
  canUse = summary.canUse;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(
  `checkEligibilityBulk: ${USERS} users, ${RUNS} runs: best ${times[0]?.toFixed(1)} ms, median ${median.toFixed(1)} ms, worst ${times[times.length - 1]?.toFixed(1)} ms (${canUse} may use)`,
);
if (median >= 1000) {
  console.error("Slower than the 1 s target of issue 8.");
  process.exitCode = 1;
}
