// Bad configuration gets one clear line and an exit code from `npm start`, never a stack trace.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { findRepoRoot } from "../src/paths.ts";

const root = findRepoRoot();
const url = inject("databaseUrl");

function start(env: Record<string, string>) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", PORT: "39871", HUB_PG_PORT: "54398", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  return { status: result.status, output };
}

function expectNoStackTrace(output: string) {
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe("npm start with bad configuration", () => {
  it("names an unreachable DATABASE_URL and says what to check", () => {
    const { status, output } = start({ DATABASE_URL: "postgresql://hub:pw@127.0.0.1:1/nothing" });
    expect(status).toBe(78);
    expect(output).toMatch(/error: Cannot reach the database at postgresql:\/\/hub:\*\*\*@127\.0\.0\.1:1\/nothing/);
    expect(output).toContain("Check DATABASE_URL");
    expectNoStackTrace(output);
  });

  it("refuses a malformed DATABASE_URL", () => {
    const { status, output } = start({ DATABASE_URL: "mysql://localhost/x" });
    expect(status).toBe(2);
    expect(output).toContain("error: DATABASE_URL must start with postgresql://");
    expectNoStackTrace(output);
  });

  it("says which port is taken and how to pick another", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(39872, "0.0.0.0", resolve));
    try {
      const { status, output } = start({ PORT: "39872" });
      expect(status).toBe(1);
      expect(output).toContain("Port 39872 is in use by another program");
      expect(output).toContain("PORT=3100 npm start");
      expectNoStackTrace(output);
    } finally {
      blocker.close();
    }
  });

  it("says the data folder is not writable", () => {
    // A path below a regular file can never be created, even by root.
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "hub-")), "a-file");
    writeFileSync(file, "");
    const { status, output } = start({ HUB_DATA_DIR: path.join(file, "data") });
    expect(status).toBe(78);
    expect(output).toContain(`The data folder ${path.join(file, "data")} is not writable`);
    expect(output).toContain("HUB_DATA_DIR");
    expectNoStackTrace(output);
  });

  it("refuses a database with migrations from the future", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('start-future', 'x', '29990101000000_newer', now(), now(), 1)`,
    );
    try {
      const { status, output } = start({ DATABASE_URL: url });
      expect(status).toBe(78);
      expect(output).toContain("has migrations this checkout does not have (29990101000000_newer)");
      expectNoStackTrace(output);
    } finally {
      await client.query("DELETE FROM _prisma_migrations WHERE id = 'start-future'");
      await client.end();
    }
  });
});
