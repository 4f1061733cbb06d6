// The real hub for tests that must see what a browser or an attacker sees over HTTP: the production build of the web
// app (built through turbo, so an unchanged tree is not rebuilt) served by apps/web/server.ts in its own process,
// exactly as `npm start` and the browser tests run it, on a fresh seeded database with the local OpenID provider,
// signed in through the real flow (/auth/sign-in → provider → /auth/callback over HTTP/HTTPS).
// Used by the abuse tests, the page half of the authorization matrix and the crafted-upload bench.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApiToken, createDb, type Db } from "@connector-hub/db";
import { createTestDatabase, findRepoRoot, type TestDatabase } from "@connector-hub/db/node";
import { LOCAL_TENANT_ID, PERSONAS, seedDemoData, type Persona } from "@connector-hub/db/seed";
import { startLocalProvider, type RunningLocalProvider } from "@connector-hub/oidc-provider";
import { pickPersonaAtProvider } from "./test-hub.ts";

export interface RealHub {
  /** Where the server listens (plain HTTP on loopback). */
  url: string;
  /** HUB_PUBLIC_URL: `url`, or its https twin (as behind a TLS-terminating proxy) with `httpsPublicUrl`. */
  publicUrl: string;
  db: Db;
  seeded: Awaited<ReturnType<typeof seedDemoData>>;
  /** Signs a persona in through the provider; returns the `hub_session=...` cookie pair a browser would keep. */
  signIn: (key: Persona["key"], userAgent?: string) => Promise<string>;
  /** The same, with a query on /auth/sign-in (e.g. `?returnTo=...`); also returns where the callback sends the browser. */
  signInFlow: (key: Persona["key"], query?: string, userAgent?: string) => Promise<{ location: string | null; cookie: string }>;
  /** fetch against the hub that never follows redirects (the tests look at them). */
  get: (pathname: string, headers?: Record<string, string>) => Promise<Response>;
  send: (method: string, pathname: string, options?: { headers?: Record<string, string>; body?: BodyInit }) => Promise<Response>;
  /** A personal API token of a seeded persona. */
  token: (key: Persona["key"], scopes: ("validate" | "connectors:read" | "connectors:write")[]) => Promise<string>;
  /** What the server has printed so far (its JSON log lines). */
  output: () => string;
  stop: () => Promise<void>;
}

export interface RealHubOptions {
  /** Adds or overrides the web app's settings. */
  env?: Record<string, string>;
  /** HUB_PUBLIC_URL on https (HSTS and Secure cookies on), the server itself still on plain HTTP. */
  httpsPublicUrl?: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * The build's environment: this process's, less the outer `turbo run test`'s own TURBO_* variables (the nested turbo
 * must not take them for its own) and vitest's NODE_ENV=test (`next build` makes a production build), so it is the
 * same build `npm start`, the browser tests and the fault-injection suite make, and turbo finds it in its cache.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
  for (const key of Object.keys(env)) if (key.startsWith("TURBO_") && key !== "TURBO_TELEMETRY_DISABLED") delete env[key];
  delete (env as Record<string, string | undefined>).NODE_ENV;
  return env;
}

function runToEnd(command: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: buildEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The hub did not answer /api/health within 60 s:\n${log()}`);
}

/** Builds (if needed) and starts the hub. */
export async function startRealHub(options: RealHubOptions = {}): Promise<RealHub> {
  const env = options.env ?? {};
  const root = findRepoRoot();
  const build = await runToEnd(path.join(root, "node_modules/.bin/turbo"), ["run", "build", "--filter=@connector-hub/web", "--output-logs=errors-only"], root);
  if (build.code !== 0) throw new Error(`Building the web app failed:\n${build.output.slice(-4000)}`);

  process.env.HUB_TEST_CLUSTER ??= "postgres-web-test";
  process.env.HUB_TEST_PG_PORT = process.env.HUB_WEB_TEST_PG_PORT ?? "54369";
  const database: TestDatabase = await createTestDatabase();
  const db = createDb(database.url, { poolSize: 2 });
  const seeded = await seedDemoData(db);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const publicUrl = options.httpsPublicUrl ? `https://127.0.0.1:${port}` : url;
  const certDir = mkdtempSync(path.join(tmpdir(), "hub-real-oidc-"));
  const clientSecret = randomBytes(24).toString("hex");
  const provider: RunningLocalProvider = await startLocalProvider({
    port: await freePort(),
    certDir,
    client: { clientId: "hub-real-test", clientSecret, redirectUris: [`${publicUrl}/auth/callback`], postLogoutRedirectUris: [`${publicUrl}/`] },
  });
  const ca = readFileSync(path.join(certDir, "cert.pem"), "utf8");
  let log = "";
  const web = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "server.ts"], {
    cwd: path.join(root, "apps/web"),
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      LOG_LEVEL: "warn",
      DATABASE_URL: database.url,
      HUB_PUBLIC_URL: publicUrl,
      HUB_SESSION_SECRET: randomBytes(32).toString("hex"),
      HUB_CONNECTION_KEY: randomBytes(32).toString("base64"),
      ENTRA_TENANT_ID: LOCAL_TENANT_ID,
      ENTRA_CLIENT_ID: "hub-real-test",
      ENTRA_CLIENT_SECRET: clientSecret,
      ENTRA_AUTHORITY: provider.issuer,
      ENTRA_REDIRECT_URI: `${publicUrl}/auth/callback`,
      HUB_OIDC_CA_FILE: path.join(certDir, "cert.pem"),
      HUB_TEST_CALLS_ALLOW_LOOPBACK: "false",
      ...env,
    },
  });
  const keep = (c: Buffer) => (log = (log + c.toString()).slice(-5_000_000));
  web.stdout?.on("data", keep);
  web.stderr?.on("data", keep);
  const stop = async () => {
    if (web.exitCode === null) {
      const exited = new Promise((r) => web.once("exit", r));
      web.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    await provider.close().catch(() => {});
    await db.$disconnect().catch(() => {});
    await database.drop().catch(() => {});
    rmSync(certDir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, web, () => log);
  } catch (error) {
    await stop();
    throw error;
  }

  const send: RealHub["send"] = (method, pathname, init = {}) =>
    fetch(`${url}${pathname}`, {
      method,
      redirect: "manual",
      headers: { origin: publicUrl, ...init.headers },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
  const get: RealHub["get"] = (pathname, headers = {}) => send("GET", pathname, { headers });
  const pair = (response: Response, name: string) =>
    response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0] ?? "")
      .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

  const signInFlow: RealHub["signInFlow"] = async (key, query = "", userAgent = "connector-hub-tests") => {
    const who = PERSONAS.find((p) => p.key === key);
    if (!who) throw new Error(`Unknown persona ${key}`);
    const started = await get(`/auth/sign-in${query}`, { "user-agent": userAgent });
    const flow = pair(started, "hub_sign_in");
    const authorizationUrl = started.headers.get("location");
    if (started.status !== 302 || !flow || !authorizationUrl) throw new Error(`/auth/sign-in answered ${started.status}`);
    const callback = new URL(await pickPersonaAtProvider(authorizationUrl, who.oid, ca, publicUrl));
    const done = await fetch(`${url}${callback.pathname}${callback.search}`, { redirect: "manual", headers: { cookie: flow, "user-agent": userAgent } });
    const session = pair(done, "hub_session");
    if (done.status !== 303 || !session) throw new Error(`/auth/callback answered ${done.status}: ${(await done.text()).slice(0, 300)}`);
    return { location: done.headers.get("location"), cookie: session };
  };
  const signIn: RealHub["signIn"] = async (key, userAgent) => (await signInFlow(key, "", userAgent)).cookie;
  const token: RealHub["token"] = async (key, scopes) => {
    const user = seeded.users[key as keyof typeof seeded.users];
    if (!user) throw new Error(`No seeded user ${key}`);
    return (await createApiToken(db, { userId: user.id, input: { name: `tests ${scopes.join(" ")}`, scopes } })).secret;
  };
  return { url, publicUrl, db, seeded, signIn, signInFlow, get, send, token, output: () => log, stop };
}
