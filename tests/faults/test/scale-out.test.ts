// The scale-out shape the README promises: two web servers on one PostgreSQL. The races of issue 17 over HTTP, split
// across both (so no invariant may live in one process's memory), and the database taken away under both.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createApiToken, createDb } from "@connector-hub/db";
import { migrateDatabase, startEmbeddedDatabase, type EmbeddedDatabase } from "@connector-hub/db/node";
import { assignPlan, createDemoConnector, createUser, seedDemoData } from "@connector-hub/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, makeDataFolder, removeDataFolder, startWeb, waitForStatus, yamlDefinition, type Proc } from "./hub.ts";

let dataRoot: string;
let pgPort: number;
let database: EmbeddedDatabase;
let webs: { proc: Proc; base: string }[] = [];
let db: ReturnType<typeof createDb>;

async function tokenFor(userId: string): Promise<string> {
  return (await createApiToken(db, { userId, input: { name: "scale-out", scopes: ["connectors:read", "connectors:write"] } })).secret;
}

async function newMaker(name: string) {
  const user = await createUser(db, { roles: ["Hub.Maker"], displayName: name, upn: `${name.toLowerCase().replaceAll(" ", ".")}@faults.example` });
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: user.id });
  return user;
}

/** n requests at once, alternating between the two web servers. */
function across<T>(n: number, send: (base: string, i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => send(webs[i % 2]!.base, i)));
}

async function importYaml(base: string, token: string, title: string, host: string) {
  const response = await fetch(`${base}/api/v1/connectors?fileName=def.yaml`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/yaml" },
    body: yamlDefinition(host, title),
  });
  return { status: response.status, body: (await response.json()) as { connector?: { slug: string }; error?: { message: string } } };
}

beforeAll(async () => {
  dataRoot = makeDataFolder();
  pgPort = await freePort();
  database = await startEmbeddedDatabase({ dataRoot, port: pgPort, database: "connector_hub" });
  await migrateDatabase(database.url);
  db = createDb(database.url, { poolSize: 4 });
  await seedDemoData(db);
  const ports = [await freePort(), await freePort()];
  webs = ports.map((port) => ({ proc: startWeb(port, database.url), base: `http://127.0.0.1:${port}` }));
  await Promise.all(webs.map((w) => waitForStatus(`${w.base}/api/health`, 200, 120_000)));
});

afterAll(async () => {
  for (const w of webs) w.proc.child.kill("SIGTERM");
  await Promise.all(webs.map((w) => w.proc.exited));
  await db?.$disconnect();
  await database?.stop();
  removeDataFolder(dataRoot);
});

describe("two web servers on one PostgreSQL", () => {
  it("20 parallel sharing requests for one connector: one 201, nineteen 409 naming the open request", async () => {
    const maker = await newMaker("Sharing Racer");
    const env = await db.environment.findFirstOrThrow();
    const c = await createDemoConnector(db, {
      slug: "share-race",
      ownerId: maker.id,
      environmentId: env.id,
      spec: {
        title: "Share race",
        description: "d",
        host: "share-race.faults.example",
        basePath: "/",
        scheme: "https",
        auth: "aad",
        brandColor: "#0078d4",
        publisher: "Contoso",
        operations: [{ id: "ListThings", method: "get", path: "/things", summary: "List things" }],
      },
    });
    const token = await tokenFor(maker.id);
    const body = JSON.stringify({
      connectorSlug: c.slug,
      target: { scope: "ORGANIZATION" },
      supportDetails: { businessJustification: "Finance needs it", conditionsOfUse: "Internal use only" },
      secretHandling: "Kept in Key Vault, rotated every 90 days.",
    });
    const answers = await across(20, async (base) => {
      const response = await fetch(`${base}/api/v1/sharing-requests`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body,
      });
      return { status: response.status, body: (await response.json()) as { request?: { id: string }; error?: { message: string } } };
    });
    const created = answers.filter((a) => a.status === 201);
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    for (const a of answers.filter((x) => x.status === 409))
      expect(a.body.error?.message).toContain(`already has an open sharing request (${created[0]!.body.request!.id}`);
    expect(await db.sharingRequest.count({ where: { connectorId: c.id } })).toBe(1);
  });

  it("a maker at 45 of 50 importing 20 at once: exactly 50 of 50, the rest told the cap", async () => {
    const maker = await newMaker("Cap Racer");
    const env = await db.environment.findFirstOrThrow();
    for (let i = 0; i < 45; i++) {
      await createDemoConnector(db, {
        slug: `cap-owned-${i}`,
        ownerId: maker.id,
        environmentId: env.id,
        spec: {
          title: `Cap owned ${i}`,
          description: "d",
          host: `cap${i}.faults.example`,
          basePath: "/",
          scheme: "https",
          auth: "none",
          brandColor: "#0078d4",
          publisher: "Contoso",
          operations: [{ id: "Get", method: "get", path: "/x", summary: "Get x" }],
        },
      });
    }
    const token = await tokenFor(maker.id);
    const answers = await across(20, (base, i) => importYaml(base, token, `Cap import ${i}`, `capimport${i}.faults.example`));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused).toHaveLength(15);
    for (const a of refused)
      expect(a).toMatchObject({
        status: 409,
        body: { error: { code: "LICENCE_CAP_REACHED", message: expect.stringMatching(/You own 50 of 50 .*ask an administrator for a higher limit/) } },
      });
    expect(await db.connector.count({ where: { ownerId: maker.id } })).toBe(50);
  });

  it("20 parallel imports with the same title: 20 created with 20 distinct addresses", async () => {
    const maker = await newMaker("Title Racer");
    const token = await tokenFor(maker.id);
    const answers = await across(20, (base, i) => importYaml(base, token, "Parcel tracker", `parcels${i}.faults.example`));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const slugs = new Set(answers.map((a) => a.body.connector!.slug));
    expect(slugs.size).toBe(20);
    expect(slugs).toContain("parcel-tracker");
    expect(slugs).toContain("parcel-tracker-20");
  });

  // A real full disk, not a raised error code: the table that holds connector versions moved to a tablespace on a small
  // tmpfs, which is then filled up. Mounting needs root (as CI runs); elsewhere the test says it did not run.
  it("a full disk under an import: 507 saying what to do, nothing half-written, and the same import saved once there is room", async () => {
    const mountPoint = mkdtempSync(path.join(os.tmpdir(), "hub-full-disk-"));
    const ids = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const owner =
      process.getuid?.() === 0 && ids.status === 0
        ? `uid=${ids.stdout.trim()},gid=${spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim()}`
        : null;
    const mounted = owner !== null && spawnSync("mount", ["-t", "tmpfs", "-o", `size=32m,mode=0700,${owner}`, "tmpfs", mountPoint]).status === 0;
    if (!mounted) {
      rmSync(mountPoint, { recursive: true, force: true });
      console.log("[faults] full disk: not run (mounting a tmpfs needs root)");
      return;
    }
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const filler = path.join(mountPoint, "filler");
    try {
      await admin.query(`CREATE TABLESPACE hub_full_disk LOCATION '${mountPoint}'`);
      await admin.query(`ALTER TABLE "ConnectorVersion" SET TABLESPACE hub_full_disk`);
      // Fill what is left: PostgreSQL can no longer extend the table (its WAL stays on the roomy disk).
      const fd = openSync(filler, "w");
      const chunk = Buffer.alloc(1 << 20);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      } finally {
        closeSync(fd);
      }
      const maker = await newMaker("Full Disk");
      const token = await tokenFor(maker.id);
      // 300 KB of text that does not compress: the version's row needs new pages, whatever room is left in old ones.
      const send = () =>
        fetch(`${webs[0]!.base}/api/v1/connectors?fileName=def.yaml`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/yaml" },
          body: yamlDefinition("full-disk.faults.example", "Full disk").replace("Lists the parcels on their way.", randomBytes(225_000).toString("base64")),
        });
      const refused = await send();
      const body = (await refused.json()) as { error?: { code: string; message: string } };
      console.log(`[faults] full disk: an import answered ${refused.status} ${body.error?.code ?? ""}`);
      expect(refused.status).toBe(507);
      expect(body.error).toMatchObject({
        code: "DATABASE_DISK_FULL",
        message: expect.stringMatching(/disk is full, so nothing was saved\. Ask your administrator to free space/),
      });
      expect(await db.connector.count({ where: { ownerId: maker.id } })).toBe(0);
      rmSync(filler);
      const saved = await send();
      expect(saved.status).toBe(201);
      expect(await db.connector.count({ where: { ownerId: maker.id } })).toBe(1);
    } finally {
      rmSync(filler, { force: true });
      await admin.query(`ALTER TABLE "ConnectorVersion" SET TABLESPACE pg_default`).catch(() => {});
      await admin.query(`DROP TABLESPACE IF EXISTS hub_full_disk`).catch(() => {});
      await admin.end();
      spawnSync("umount", [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });

  it("the database killed -9 under both: 503 + Retry-After within 1 s from each, health names the database, both recover unrestarted", async () => {
    const maker = await db.user.findFirstOrThrow({ where: { upn: { startsWith: "maya" } } });
    const token = await tokenFor(maker.id);
    await db.$disconnect();
    const webPids = webs.map((w) => w.proc.child.pid);
    process.kill(database.pid!, "SIGKILL");
    await database.exited;
    for (const w of webs) {
      const started = Date.now();
      const response = await fetch(`${w.base}/api/v1/connectors`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5000) });
      const ms = Date.now() - started;
      console.log(`[faults] database down: ${w.base} answered ${response.status} in ${ms} ms`);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({
        code: "DATABASE_UNAVAILABLE",
        message: expect.stringMatching(/database is unreachable/),
      });
      expect(ms).toBeLessThan(1000);
      const health = await fetch(`${w.base}/api/health`);
      expect(health.status).toBe(503);
      expect(((await health.json()) as { database: { reachable: boolean } }).database.reachable).toBe(false);
    }
    database = await startEmbeddedDatabase({ dataRoot, port: pgPort, database: "connector_hub" });
    for (const w of webs) {
      const ms = await waitForStatus(`${w.base}/api/health`, 200, 30_000);
      console.log(`[faults] database back: ${w.base} healthy after ${ms} ms`);
      expect((await fetch(`${w.base}/api/v1/connectors`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    }
    expect(webs.map((w) => w.proc.child.pid)).toEqual(webPids);
    expect(webs.every((w) => w.proc.child.exitCode === null && w.proc.child.signalCode === null)).toBe(true);
    db = createDb(database.url, { poolSize: 2 });
  });
});
