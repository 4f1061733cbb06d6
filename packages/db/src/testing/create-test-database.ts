import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "../embedded.ts";
import { migrateDatabase } from "../migrate.ts";
import { withDatabase } from "../pg-config.ts";

export interface TestDatabase {
  url: string;
  /** "server" when TEST_DATABASE_URL named one, else "embedded". */
  kind: "server" | "embedded";
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test run: on the server named by TEST_DATABASE_URL (CI's PostgreSQL), or on a
 * test cluster of the embedded PostgreSQL (its own folder and port, so it never touches the development data).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL?.trim();
  const embedded = server
    ? null
    : await startEmbeddedDatabase({
        clusterName: process.env.HUB_TEST_CLUSTER ?? "postgres-test",
        port: Number(process.env.HUB_TEST_PG_PORT ?? 54339),
        database: "postgres",
      });
  const adminUrl = server ?? embedded!.url;
  const host = new URL(adminUrl).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}). Point TEST_DATABASE_URL at a local server.`);
  }
  const name = `hub_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  await migrateDatabase(url);
  return {
    url,
    kind: server ? "server" : "embedded",
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      await embedded?.stop();
    },
  };
}
