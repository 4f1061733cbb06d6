// `npm start` as a supervisor, with faults injected on loopback: kill -9 of the web server during 50 imports, of the
// embedded PostgreSQL (requests answered 503 at once, the hub back without restarting the web tier), of the sample
// API and of the sign-in provider; a second `npm start` of the same folder; stopping leaves no port held.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { embeddedUrl, importOver, removeDataFolder, isPortFree, makerToken, sleep, startHub, waitForStatus, type HubPorts, type Proc } from "./hub.ts";

let dataDir: string;
let ports: HubPorts;
let hub: Proc;
let base: string;
let token: string;
let databaseUrl: string;

const pidOf = async (name: string, from: number) => Number((await hub.waitFor(new RegExp(`The ${name} runs (?:again )?\\(pid (\\d+)\\)`), 60_000, from))[1]);
const postmasterPid = () => Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);

beforeAll(async () => {
  // Ports and data folder of the global setup, whose build is then this hub's (turbo cache hit).
  ({ dataDir, ports } = inject("hub"));
  base = `http://127.0.0.1:${ports.web}`;
  hub = startHub(dataDir, ports);
  await hub.waitFor(/Connector Hub is up at/, 280_000);
  databaseUrl = embeddedUrl(dataDir, ports.pg);
  ({ token } = await makerToken(databaseUrl));
});

afterAll(async () => {
  // A test that failed midway leaves the hub running: stop it as Ctrl-C would, and make sure of the database.
  if (hub && hub.child.exitCode === null && hub.child.signalCode === null) {
    hub.child.kill("SIGTERM");
    const timer = setTimeout(() => hub.child.kill("SIGKILL"), 30_000);
    await hub.exited;
    clearTimeout(timer);
  }
  try {
    process.kill(postmasterPid(), "SIGKILL");
  } catch {
    // already stopped
  }
  removeDataFolder(dataDir);
});

describe("npm start under faults", () => {
  it("a second npm start of the same folder says where the hub runs, and changes nothing", async () => {
    const second = startHub(dataDir, ports);
    const exit = await second.exited;
    expect(exit.code).toBe(1);
    expect(second.output()).toContain(`[hub] error: The hub is already running from this folder (pid ${hub.child.pid})`);
    expect(second.output()).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it("kill -9 of the web server during 50 imports: back within 30 s, every 201 stored whole, nothing half-written", async () => {
    const webPid = await pidOf("web server", 0);
    const mark = hub.output().length;
    const results: Awaited<ReturnType<typeof importOver>>[] = [];
    let killedAt = 0;
    let next = 0;
    const worker = async () => {
      while (next < 50) {
        const i = next++;
        if (i === 15 && !killedAt) {
          killedAt = Date.now();
          process.kill(webPid, "SIGKILL");
        }
        results[i] = await importOver(base, token, `Crash import ${i}`, `crash${i}.faults.example`);
        // Like a client that backs off while the server is away, so the 50 span the kill and the recovery.
        if (results[i]!.status === 0) await sleep(500);
      }
    };
    await Promise.all(Array.from({ length: 5 }, worker));
    const recoveredMs = Date.now() - killedAt + (await waitForStatus(`${base}/api/health`, 200, 30_000));
    console.log(`[faults] web server killed -9 during imports: healthy again ${(recoveredMs / 1000).toFixed(1)} s after the kill`);
    expect(recoveredMs).toBeLessThan(30_000);
    expect(hub.output().slice(mark)).toMatch(new RegExp(`The web server \\(pid ${webPid}\\) stopped \\(killed by SIGKILL\\)`));
    const newPid = await pidOf("web server", mark);
    expect(newPid).not.toBe(webPid);

    const created = results.filter((r) => r.status === 201) as Array<{ status: 201; body: { connector: { slug: string } } }>;
    const refused = results.filter((r) => r.status !== 201);
    console.log(`[faults] 50 imports across the kill: ${created.length} created, ${refused.length} not answered or refused`);
    expect(created.length).toBeGreaterThan(0);
    for (const r of refused) expect(r.status === 0 || r.status >= 500).toBe(true);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const slugs = created.map((r) => r.body.connector.slug);
      const stored = await client.query(
        `SELECT c.slug, c."versionCount", (SELECT count(*)::int FROM "ConnectorVersion" v WHERE v."connectorId" = c.id) AS versions,
                (SELECT count(*)::int FROM "Operation" o JOIN "ConnectorVersion" v ON v.id = o."versionId" WHERE v."connectorId" = c.id) AS operations,
                (SELECT count(*)::int FROM "AuditEvent" a WHERE a."entityId" = c.id AND a.action = 'connector.imported') AS audits
         FROM "Connector" c WHERE c.slug = ANY($1)`,
        [slugs],
      );
      expect(stored.rows.map((r) => r.slug).sort()).toEqual([...slugs].sort());
      for (const row of stored.rows) expect(row).toMatchObject({ versionCount: 1, versions: 1, operations: 1, audits: 1 });
      // Nothing half-written anywhere: no connector without its version, operations and audit event.
      const half = await client.query(
        `SELECT count(*)::int AS n FROM "Connector" c WHERE c.title LIKE 'Crash import %' AND (
           NOT EXISTS (SELECT 1 FROM "ConnectorVersion" v WHERE v."connectorId" = c.id)
           OR NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityId" = c.id))`,
      );
      expect(half.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });

  it("kill -9 of the embedded PostgreSQL: 503 with Retry-After within 1 s, then back without restarting the web tier", async () => {
    const webPid = await pidOf("web server", hub.output().lastIndexOf("The web server runs"));
    const mark = hub.output().length;
    const pgPid = postmasterPid();
    process.kill(pgPid, "SIGKILL");
    const killedAt = Date.now();
    const started = Date.now();
    // An API call and a person's page at the same moment: both say the database is unreachable (the page from
    // apps/web/server.ts, which checks the database's port before it hands a page to Next).
    let answeredMs = 0;
    const [response, page] = await Promise.all([
      fetch(`${base}/api/v1/connectors?q=crash`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5000) }).finally(() => {
        answeredMs = Date.now() - started;
      }),
      fetch(`${base}/connectors`, { headers: { accept: "text/html" }, signal: AbortSignal.timeout(5000) }),
    ]);
    console.log(`[faults] embedded PostgreSQL killed -9: a page answered ${page.status} in ${Date.now() - started} ms`);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(page.headers.get("content-type")).toContain("text/html");
    const pageText = await page.text();
    expect(pageText).toContain("The database is unreachable right now");
    expect(pageText).toContain("Nothing you saved is lost");
    console.log(`[faults] embedded PostgreSQL killed -9: a request answered ${response.status} in ${answeredMs} ms`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^The database is unreachable right now/);
    expect(answeredMs).toBeLessThan(1000);
    const health = await fetch(`${base}/api/health`);
    if (health.status === 503) expect(((await health.json()) as { database: { reachable: boolean } }).database.reachable).toBe(false);

    const recoveredMs = Date.now() - killedAt + (await waitForStatus(`${base}/api/health`, 200, 60_000));
    console.log(`[faults] embedded PostgreSQL killed -9: healthy again ${(recoveredMs / 1000).toFixed(1)} s after the kill`);
    expect(hub.output().slice(mark)).toMatch(/The embedded PostgreSQL \(pid \d+\) stopped/);
    expect(postmasterPid()).not.toBe(pgPid);
    // The same web server answered throughout: it was never restarted.
    expect(hub.output().slice(mark)).not.toContain("The web server (pid");
    expect(webPid).toBeGreaterThan(0);
    const after = await fetch(`${base}/api/v1/connectors?q=crash`, { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(200);
  });

  it("kill -9 of the sample API and of the sign-in provider: each is restarted and serves again", async () => {
    for (const [name, url] of [
      ["sample API", `http://127.0.0.1:${ports.sampleApi}/api-key/swagger.json`],
      ["local sign-in provider", `https://127.0.0.1:${ports.oidc}/.well-known/openid-configuration`],
    ] as const) {
      const pid = await pidOf(name, hub.output().lastIndexOf(`The ${name} runs`));
      const mark = hub.output().length;
      process.kill(pid, "SIGKILL");
      await hub.waitFor(new RegExp(`The ${name} runs again \\(pid (\\d+)\\)`), 60_000, mark);
      if (url.startsWith("http:")) expect((await fetch(url)).status).toBe(200);
      else expect(await isPortFree(ports.oidc)).toBe(false);
    }
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it("SIGTERM stops everything: exit 0, every port free again", async () => {
    hub.child.kill("SIGTERM");
    const exit = await hub.exited;
    expect(exit.code).toBe(0);
    await sleep(500);
    for (const port of [ports.web, ports.sampleApi, ports.oidc, ports.pg]) expect(await isPortFree(port)).toBe(true);
  });
});
