// The per-request session check (findSessionUser: the Session row by hash, the person's active flag, roles and
// groups, in one query) against 100,000 sessions of 10,000 people, each in 3 groups. Every signed-in page and API
// call pays this once, so it must stay a small fraction of a request.
// Run: npx tsx bench/session-lookup.ts   (uses a fresh test database, embedded or TEST_DATABASE_URL's server)
import { randomBytes, randomUUID } from "node:crypto";
import { createDb } from "../src/client.ts";
import { findSessionUser } from "../src/auth/find-session-user.ts";
import { hashApiToken } from "../src/auth/hash-api-token.ts";
import { createTestDatabase } from "../src/testing/create-test-database.ts";

const USERS = 10_000;
const SESSIONS_PER_USER = 10;
const LOOKUPS = 5_000;

const database = await createTestDatabase();
const db = createDb(database.url, { poolSize: 4 });
try {
  const tenantId = randomUUID();
  const users = Array.from({ length: USERS }, (_v, i) => ({
    id: `u-${i}`,
    tenantId,
    oid: randomUUID(),
    upn: `user${i}@contoso.example`,
    displayName: `User ${i}`,
    roles: i % 10 === 0 ? ["Hub.Maker"] : [],
  }));
  for (let i = 0; i < USERS; i += 2000) await db.user.createMany({ data: users.slice(i, i + 2000) });
  const groups = Array.from({ length: 50 }, (_v, i) => ({ id: `g-${i}`, tenantId, objectId: randomUUID(), displayName: `Group ${i}` }));
  await db.group.createMany({ data: groups });
  const members = users.flatMap((u, i) => [0, 1, 2].map((k) => ({ userId: u.id, groupId: `g-${(i + k * 7) % 50}` })));
  for (let i = 0; i < members.length; i += 5000) await db.groupMember.createMany({ data: members.slice(i, i + 5000) });
  const secrets: string[] = [];
  const expiresAt = new Date(Date.now() + 8 * 3600_000);
  for (let i = 0; i < USERS * SESSIONS_PER_USER; i += 5000) {
    const batch = Array.from({ length: 5000 }, (_v, k) => {
      const secret = randomBytes(32).toString("base64url");
      secrets.push(secret);
      return { userId: users[(i + k) % USERS]!.id, tokenHash: hashApiToken(secret), expiresAt };
    });
    await db.session.createMany({ data: batch });
  }
  await db.$executeRawUnsafe("ANALYZE");

  const times: number[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    const secret = secrets[Math.floor(Math.random() * secrets.length)]!;
    const started = performance.now();
    const found = await findSessionUser(db, secret);
    times.push(performance.now() - started);
    if (!found.ok || found.user.groupIds.length !== 3) throw new Error(`lookup ${i} went wrong: ${JSON.stringify(found)}`);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(2);
  console.log(`findSessionUser (database ${database.kind}): ${USERS * SESSIONS_PER_USER} sessions, ${USERS} people in 3 groups each, ${LOOKUPS} lookups`);
  console.log(`  median ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms (client round trip included)`);
} finally {
  await db.$disconnect();
  await database.drop();
}
