// Bulk licence check of 10,000 users against one connector, end to end through the database (the UPN lookup,
// assignments direct and via groups, owned-connector counts, then the pure rules). Target: under 1 s.
// Run: npx tsx bench/eligibility-bulk.ts   (uses a fresh test database, embedded or TEST_DATABASE_URL's server)
import { randomUUID } from "node:crypto";
import { createDb } from "../src/client.ts";
import { checkEligibilityForUsers } from "../src/licence/check-eligibility-for-users.ts";
import { createEnvironment, createLicencePlans, createUser } from "../src/seed/factories.ts";
import { createTestDatabase } from "../src/testing/create-test-database.ts";

const USERS = 10_000;
const RUNS = 5;
const PLANS = ["POWER_AUTOMATE_PREMIUM", "MICROSOFT_365", "POWER_APPS_PREMIUM", "TRIAL", "FREE_DEVELOPER"];

const database = await createTestDatabase();
const db = createDb(database.url, { poolSize: 4 });
try {
  await createLicencePlans(db);
  const plans = new Map((await db.licencePlan.findMany()).map((p) => [p.key, p.id]));
  const env = await createEnvironment(db, "bench");
  const owner = await createUser(db);
  const connector = await db.connector.create({
    data: { slug: "bench", title: "Bench", publisher: "p", host: "api.contoso.example", authType: "OAUTH2", ownerId: owner.id, environmentId: env.id },
  });
  const group = await db.group.create({ data: { tenantId: owner.tenantId, objectId: randomUUID(), displayName: "Everyone premium" } });
  const users = Array.from({ length: USERS }, (_v, i) => ({
    id: `bench-${i}`,
    tenantId: owner.tenantId,
    oid: randomUUID(),
    upn: `user${i}@contoso.example`,
    displayName: `User ${i}`,
  }));
  for (let i = 0; i < USERS; i += 2000) await db.user.createMany({ data: users.slice(i, i + 2000) });
  const now = Date.now();
  // 1-3 assignments each, some expired, every fifth user also premium through the group.
  const assignments = users.flatMap((u, i) =>
    Array.from({ length: 1 + (i % 3) }, (_v, k) => ({
      planId: plans.get(PLANS[(i + k) % PLANS.length]!)!,
      userId: u.id,
      startsAt: new Date(now - 30 * 86_400_000),
      expiresAt: (i + k) % 7 === 0 ? new Date(now - 86_400_000) : null,
    })),
  );
  for (let i = 0; i < assignments.length; i += 5000) await db.licenceAssignment.createMany({ data: assignments.slice(i, i + 5000) });
  await db.groupMember.createMany({ data: users.filter((_u, i) => i % 5 === 0).map((u) => ({ groupId: group.id, userId: u.id })) });
  await db.licenceAssignment.create({ data: { planId: plans.get("POWER_AUTOMATE_PREMIUM")!, groupId: group.id } });
  await db.connector.createMany({
    data: users.slice(0, 500).map((u, i) => ({
      slug: `owned-${i}`,
      title: "o",
      publisher: "p",
      host: "h.example",
      authType: "API_KEY" as const,
      ownerId: u.id,
      environmentId: env.id,
    })),
  });
  await db.$executeRawUnsafe("ANALYZE");

  const upns = users.map((u) => u.upn);
  const times: number[] = [];
  let summary = "";
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const report = await checkEligibilityForUsers(db, { connector: { slug: connector.slug }, upns });
    times.push(performance.now() - started);
    summary = `${report.summary.total} users, ${report.summary.canUse} can use, ${report.summary.canCreate} may create, ${report.unknownUpns.length} unknown`;
  }
  times.sort((a, b) => a - b);
  console.log(`checkEligibilityForUsers (database ${database.kind}): ${summary}`);
  console.log(`  best ${times[0]!.toFixed(0)} ms, median ${times[Math.floor(RUNS / 2)]!.toFixed(0)} ms over ${RUNS} runs (target < 1000 ms)`);
} finally {
  await db.$disconnect();
  await database.drop();
}
