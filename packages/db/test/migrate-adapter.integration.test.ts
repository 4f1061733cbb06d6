// One test per adapter-pg 6.19.3 workaround in src/migrate-adapter.ts (shared/prisma-offline.md).
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createMigrationAdapterFactory } from "../src/migrate-adapter.ts";
import { findRepoRoot } from "../src/paths.ts";

const url = inject("databaseUrl");
const noArgs = { args: [], argTypes: [] };

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  await client.end();
  return (rowCount ?? 0) > 0;
}

describe("migration adapter workarounds", () => {
  it("runs a multi-statement migration script through executeRaw (bug 1)", async () => {
    const adapter = await createMigrationAdapterFactory(url).connect();
    await adapter.executeRaw({ sql: "CREATE TABLE mig_a (id int); CREATE TABLE mig_b (id int); DROP TABLE mig_a; DROP TABLE mig_b;", ...noArgs });
    await adapter.executeScript("CREATE FUNCTION mig_f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; DROP FUNCTION mig_f();");
    await adapter.dispose();
  });

  it('reads catalog columns of type name and "char" (bug 2)', async () => {
    const adapter = await createMigrationAdapterFactory(url).connect();
    const result = await adapter.queryRaw({ sql: `SELECT 'AuditEvent'::name AS n, 'r'::"char" AS c`, ...noArgs });
    expect(result.rows).toEqual([["AuditEvent", "r"]]);
    await adapter.dispose();
  });

  it("gives the shadow database its own database and drops it after use (bug 3)", async () => {
    const shadow = await createMigrationAdapterFactory(url).connectToShadowDb();
    const result = await shadow.queryRaw({ sql: "SELECT current_database()::text AS db", ...noArgs });
    const shadowName = String(result.rows[0]?.[0]);
    expect(shadowName).toMatch(/^prisma_shadow_/);
    expect(shadowName).not.toBe(new URL(url).pathname.slice(1));
    expect(await databaseExists(shadowName)).toBe(true);
    await shadow.dispose();
    expect(await databaseExists(shadowName)).toBe(false);
  });

  it("lets a process that never disposes its adapter exit on its own (bug 4)", () => {
    const root = findRepoRoot();
    const script = `import { createMigrationAdapterFactory } from ${JSON.stringify(path.join(root, "packages/db/src/migrate-adapter.ts"))};
      const a = await createMigrationAdapterFactory(process.env.DATABASE_URL).connect();
      await a.queryRaw({ sql: "SELECT 1", args: [], argTypes: [] });
      console.log("queried");`;
    const child = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--input-type=module", "-e", script], {
      env: { ...process.env, DATABASE_URL: url },
      timeout: 30_000,
      encoding: "utf8",
    });
    expect(child.stdout).toContain("queried");
    expect(child.signal).toBeNull(); // not killed by the timeout: it exited by itself
    expect(child.status).toBe(0);
  });
});
