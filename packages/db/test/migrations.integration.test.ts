import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { checkMigrations, listMigrationFolders, migrateDatabase } from "../src/migrate.ts";
import { createUser } from "../src/seed/factories.ts";

const url = inject("databaseUrl");
const db = createDb(url, { poolSize: 2 });
afterAll(() => db.$disconnect());

describe("migrations", () => {
  it("has applied every migration of the checkout", async () => {
    const state = await checkMigrations(url);
    expect(state).toEqual({ pending: [], unknown: [], failed: [] });
    expect(listMigrationFolders().length).toBeGreaterThanOrEqual(2);
  });

  it("keeps the audit log append-only whatever the client", async () => {
    const user = await createUser(db);
    const event = await db.auditEvent.create({ data: { actorId: user.id, actorLabel: user.upn, action: "test.appended", entityType: "Test", entityId: "1" } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "test.rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("test.appended");
  });

  it("refuses a database migrated by a newer version, saying what to do", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const future = "29991231000000_from_the_future";
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, 'x', $2, now(), now(), 1)`,
      ["future-test", future],
    );
    try {
      await expect(migrateDatabase(url)).rejects.toThrow(/has migrations this checkout does not have \(29991231000000_from_the_future\).*git pull/);
    } finally {
      await client.query("DELETE FROM _prisma_migrations WHERE id = 'future-test'");
      await client.end();
    }
  });

  it("says which database it cannot reach, without the password", async () => {
    await expect(checkMigrations("postgresql://hub:s3cret-pw@127.0.0.1:1/nowhere")).rejects.toThrow(
      /Cannot reach the database at postgresql:\/\/hub:\*\*\*@127\.0\.0\.1:1\/nowhere.*Check DATABASE_URL/,
    );
    await expect(checkMigrations("postgresql://hub:s3cret-pw@127.0.0.1:1/nowhere")).rejects.not.toThrow(/s3cret-pw/);
  });
});
