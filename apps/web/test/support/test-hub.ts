// A hub for tests without a browser: a fresh seeded database, the local OpenID provider, and the web app's settings
// pointing at both, so route handlers can be called directly as Next would call them.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "@connector-hub/db";
import { createTestDatabase, type TestDatabase } from "@connector-hub/db/node";
import { LOCAL_TENANT_ID, seedDemoData } from "@connector-hub/db/seed";
import { startLocalProvider, type RunningLocalProvider } from "@connector-hub/oidc-provider";

export const PUBLIC_URL = "http://127.0.0.1:3999";

export interface TestHub {
  db: Db;
  provider: RunningLocalProvider;
  seeded: Awaited<ReturnType<typeof seedDemoData>>;
  caPem: () => Promise<string>;
  stop: () => Promise<void>;
}

/** `publicUrl`: the address the hub is reached at (default PUBLIC_URL; the real-server tests give their own). */
export async function startTestHub(options: { publicUrl?: string } = {}): Promise<TestHub> {
  const publicUrl = options.publicUrl ?? PUBLIC_URL;
  // A cluster of its own: other suites stop the shared test cluster when they finish.
  process.env.HUB_TEST_CLUSTER = "postgres-web-test";
  process.env.HUB_TEST_PG_PORT = process.env.HUB_WEB_TEST_PG_PORT ?? "54369";
  const database: TestDatabase = await createTestDatabase();
  const db = createDb(database.url, { poolSize: 2 });
  const seeded = await seedDemoData(db);
  const certDir = mkdtempSync(path.join(tmpdir(), "hub-web-oidc-"));
  const clientSecret = randomBytes(24).toString("hex");
  const provider = await startLocalProvider({
    port: 35_000 + Math.floor(Math.random() * 5000),
    certDir,
    client: { clientId: "hub-test", clientSecret, redirectUris: [`${publicUrl}/auth/callback`], postLogoutRedirectUris: [`${publicUrl}/`] },
  });
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    LOG_LEVEL: "silent",
    HUB_PUBLIC_URL: publicUrl,
    HUB_SESSION_SECRET: randomBytes(32).toString("hex"),
    HUB_CONNECTION_KEY: randomBytes(32).toString("base64"),
    ENTRA_TENANT_ID: LOCAL_TENANT_ID,
    ENTRA_CLIENT_ID: "hub-test",
    ENTRA_CLIENT_SECRET: clientSecret,
    ENTRA_AUTHORITY: provider.issuer,
    HUB_OIDC_CA_FILE: path.join(certDir, "cert.pem"),
  });
  return {
    db,
    provider,
    seeded,
    caPem: async () => (await import("node:fs/promises")).readFile(path.join(certDir, "cert.pem"), "utf8"),
    stop: async () => {
      await provider.close();
      await db.$disconnect();
      await database.drop();
      rmSync(certDir, { recursive: true, force: true });
    },
  };
}

/**
 * A signed-in session for a user as the callback opens one: a Session row and the sealed cookie value (without the
 * "hub_session=" name). Call after startTestHub (it reads the hub's session secret).
 */
export async function openTestSession(db: Db, user: { id: string; tenantId: string }, options: { hours?: number; userAgent?: string } = {}): Promise<string> {
  const { createSession } = await import("@connector-hub/db");
  const { sealSession } = await import("../../src/server/auth/session.ts");
  const hours = options.hours ?? 1;
  const opened = await createSession(db, { userId: user.id, hours, userAgent: options.userAgent ?? "vitest" });
  return sealSession({ sid: opened.secret, tid: user.tenantId }, { secret: process.env.HUB_SESSION_SECRET!, hours });
}

interface Reply {
  status: number;
  location: string | undefined;
  cookies: string[];
  body: string;
}

function httpsCall(url: string, ca: string, options: { method?: string; body?: string; cookie?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (options.cookie) headers.cookie = options.cookie;
    if (options.body) headers["content-type"] = "application/x-www-form-urlencoded";
    const req = request(url, { method: options.method ?? "GET", headers, ca }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, cookies: res.headers["set-cookie"] ?? [], body }));
    });
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** Plays the browser at the provider: from its authorization URL, through the persona picker, to the hub's callback URL. */
export async function pickPersonaAtProvider(authorizationUrl: string, oid: string, ca: string, hubUrl = PUBLIC_URL): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (r: Reply) => {
    for (const c of r.cookies) {
      const [pair] = c.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) jar.set(name, value.join("="));
    }
    return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  };
  let reply = await httpsCall(authorizationUrl, ca);
  const interaction = new URL(reply.location ?? "", authorizationUrl).toString();
  reply = await httpsCall(interaction, ca, { cookie: keep(reply) });
  reply = await httpsCall(`${interaction}/login`, ca, { method: "POST", body: `oid=${encodeURIComponent(oid)}`, cookie: keep(reply) });
  for (let i = 0; i < 6 && !(reply.location ?? "").startsWith(hubUrl); i++) {
    reply = await httpsCall(new URL(reply.location ?? "", authorizationUrl).toString(), ca, { cookie: keep(reply) });
  }
  if (!reply.location?.startsWith(hubUrl)) throw new Error(`The provider did not redirect back to the hub (status ${reply.status}).`);
  return reply.location;
}
