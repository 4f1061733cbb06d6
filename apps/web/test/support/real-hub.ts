// The real server for the abuse tests: the production build (turbo, cached) served by apps/web/server.ts in its own
// process, exactly as `npm start` and the browser tests run it, on a fresh seeded database with the local OpenID
// provider. Tests talk to it over HTTP only; sign-in goes through the provider like a browser's would.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createApiToken } from "@connector-hub/db";
import { PERSONAS } from "@connector-hub/db/seed";
import { pickPersonaAtProvider, startTestHub, type TestHub } from "./test-hub.ts";

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const root = path.resolve(webDir, "../..");
// As the browser tests' server builds: vitest's NODE_ENV=test would make `next build` misbehave and miss turbo's cache.
const buildEnv: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
delete buildEnv.NODE_ENV;

export interface RealHub {
  /** Where the server listens (plain HTTP on loopback). */
  url: string;
  /** HUB_PUBLIC_URL: https, as behind a TLS-terminating proxy, so HSTS and Secure cookies are on. */
  publicUrl: string;
  hub: TestHub;
  /** The hub_session cookie ("hub_session=...") of a persona, signed in through the provider. */
  signIn: (personaKey: string) => Promise<string>;
  /** The whole sign-in with a returnTo: where the callback sends the browser, and the session cookie. */
  signInFlow: (personaKey: string, query?: string) => Promise<{ location: string | null; cookie: string }>;
  /** A personal API token of a persona. */
  token: (personaKey: string, scopes: ("validate" | "connectors:read" | "connectors:write")[]) => Promise<string>;
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function buildWebApp(): void {
  const result = spawnSync(path.join(root, "node_modules/.bin/turbo"), ["run", "build", "--filter=@connector-hub/web", "--output-logs=errors-only"], { cwd: root, env: buildEnv as NodeJS.ProcessEnv, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`The web app did not build:\n${result.stdout}\n${result.stderr}`);
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The web server exited (${child.exitCode}):\n${log()}`);
    const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The web server did not become healthy:\n${log()}`);
}

export async function startRealHub(options: { env?: Record<string, string> } = {}): Promise<RealHub> {
  buildWebApp();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const publicUrl = `https://127.0.0.1:${port}`;
  const hub = await startTestHub({ publicUrl });
  const ca = await hub.caPem();
  let log = "";
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "server.ts"], {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn", HUB_TEST_CALLS_ALLOW_LOOPBACK: "false", ...options.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (c: Buffer) => (log += c.toString("utf8")));
  child.stderr!.on("data", (c: Buffer) => (log += c.toString("utf8")));
  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    child.kill("SIGTERM");
    await hub.stop();
    throw error;
  }

  const cookieOf = (response: Response, name: string) => response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);
  const signInFlow = async (personaKey: string, query = "") => {
    const persona = PERSONAS.find((p) => p.key === personaKey);
    if (!persona) throw new Error(`No persona ${personaKey}`);
    const started = await fetch(`${url}/auth/sign-in${query}`, { redirect: "manual" });
    const flow = cookieOf(started, "hub_sign_in");
    if (started.status !== 302 || !flow) throw new Error(`sign-in did not start (${started.status})`);
    const callback = new URL(await pickPersonaAtProvider(started.headers.get("location")!, persona.oid, ca, publicUrl));
    const done = await fetch(`${url}${callback.pathname}${callback.search}`, { headers: { cookie: flow }, redirect: "manual" });
    const session = cookieOf(done, "hub_session");
    if (done.status !== 303 || !session) throw new Error(`the callback did not sign in (${done.status}): ${await done.text()}`);
    return { location: done.headers.get("location"), cookie: session };
  };
  return {
    url,
    publicUrl,
    hub,
    output: () => log,
    signIn: async (personaKey) => (await signInFlow(personaKey)).cookie,
    signInFlow,
    async token(personaKey, scopes) {
      const user = hub.seeded.users[personaKey as keyof typeof hub.seeded.users];
      if (!user) throw new Error(`No seeded user ${personaKey}`);
      return (await createApiToken(hub.db, { userId: user.id, input: { name: `abuse ${scopes.join(" ")}`, scopes } })).secret;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      await hub.stop();
    },
  };
}
