import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createApiToken } from "@connector-hub/db";
import { PERSONAS } from "@connector-hub/db/seed";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHubOpenApi } from "../app/api/v1/swagger.json/hub-openapi.ts";
import { httpStatusOf } from "../src/server/http-status.ts";
import { CALLERS, MATRIX, type Caller } from "./authorization-matrix.ts";
import { answerValidator, type Answer } from "./support/openapi-answers.ts";
import { openTestSession, PUBLIC_URL, startTestHub, type TestHub } from "./support/test-hub.ts";

const appDir = path.resolve(import.meta.dirname, "../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every route handler ("METHOD /path") and server action ("ACTION file#name") in app/, read from the source. */
function discoverEndpoints(): Map<string, { file: string; exportName: string }> {
  const found = new Map<string, { file: string; exportName: string }>();
  for (const file of walk(appDir).filter((f) => /\.(ts|tsx)$/.test(f))) {
    const source = readFileSync(file, "utf8");
    const rel = path.relative(appDir, file).split(path.sep).join("/");
    if (/\/?route\.ts$/.test(rel)) {
      const urlPath = `/${rel.replace(/\/?route\.ts$/, "")}`.replace(/\/\([^)]+\)/g, "");
      for (const m of METHODS)
        if (new RegExp(`export\\s+(const|async function|function)\\s+${m}\\b`).test(source)) found.set(`${m} ${urlPath}`, { file, exportName: m });
    } else if (/^\s*["']use server["']/.test(source)) {
      for (const m of source.matchAll(/export\s+(?:const|async function)\s+(\w+)/g)) found.set(`ACTION ${rel}#${m[1]}`, { file, exportName: m[1] ?? "" });
    }
  }
  return found;
}

/** A server action's outcome as a status: a returned form error ({ error } or { ok: false }) is a 400. */
function actionStatus(result: unknown): Response {
  const r = result as { error?: unknown; ok?: unknown } | null;
  return new Response(null, { status: r && typeof r === "object" && (r.error !== undefined || r.ok === false) ? 400 : 200 });
}

describe("the authorization matrix covers the app", () => {
  const endpoints = discoverEndpoints();
  it("has an entry for every route handler and server action", () => {
    const missing = [...endpoints.keys()].filter((k) => !(k in MATRIX));
    expect(missing, `add these to test/authorization-matrix.ts with the status each caller should get`).toEqual([]);
  });
  it("has no entry for a route that no longer exists", () => {
    expect(Object.keys(MATRIX).filter((k) => !endpoints.has(k))).toEqual([]);
  });
});

describe("every route answers each kind of caller as the matrix says", () => {
  let hub: TestHub;
  const credentials = {} as Record<Caller, { cookie?: string; authorization?: string }>;
  const endpoints = discoverEndpoints();
  const answers: Answer[] = [];

  beforeAll(async () => {
    hub = await startTestHub();
    const { db, seeded } = hub;
    const sessionFor = async (key: string) => {
      const persona = PERSONAS.find((p) => p.key === key)!;
      return { cookie: `hub_session=${await openTestSession(db, seeded.users[persona.key]!)}` };
    };
    const maya = seeded.users.maker!;
    const withScope = await createApiToken(db, { userId: maya.id, input: { name: "matrix all", scopes: ["validate", "connectors:read", "connectors:write"] } });
    const withoutScope = await createApiToken(db, { userId: maya.id, input: { name: "matrix read", scopes: ["connectors:read"] } });
    Object.assign(credentials, {
      anonymous: {},
      builder: await sessionFor("builder"),
      owner: await sessionFor("maker"),
      otherMaker: await sessionFor("maker2"),
      admin: await sessionFor("admin"),
      tokenWithScope: { authorization: `Bearer ${withScope.secret}` },
      tokenWithoutScope: { authorization: `Bearer ${withoutScope.secret}` },
    });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  /** Runs a handler as this caller; route handlers also see the credentials on the Request, as in production. */
  async function runWithCredentials<T>(c: { cookie?: string; authorization?: string }, fn: () => Promise<T>, cookieOnly = false): Promise<T> {
    const viewer = await import("../src/server/auth/viewer.ts");
    return viewer.runWithCredentials({ sessionCookie: c.cookie?.slice("hub_session=".length), authorization: c.authorization ?? null, cookieOnly }, fn);
  }

  for (const [key, entry] of Object.entries(MATRIX)) {
    it(`${key}: ${entry.why}`, async () => {
      const endpoint = endpoints.get(key);
      expect(endpoint, `${key} is in the matrix but not in app/`).toBeDefined();
      const mod = (await import(endpoint!.file)) as Record<string, unknown>;
      const handler = mod[endpoint!.exportName] as (...args: unknown[]) => Promise<Response>;
      const [method, urlPath] = key.split(" ") as [string, string];
      const actual = {} as Record<Caller, number>;
      for (const caller of CALLERS) {
        const c = credentials[caller];
        const concrete = urlPath.replace(/\[(\w+)\]/g, (_m, name: string) => entry.params?.[name] ?? name);
        const headers = new Headers({ origin: PUBLIC_URL, "x-forwarded-for": `10.0.${CALLERS.indexOf(caller)}.1` });
        if (c.cookie) headers.set("cookie", c.cookie);
        if (c.authorization) headers.set("authorization", c.authorization);
        if (entry.body !== undefined) headers.set("content-type", "application/json");
        const request = key.startsWith("ACTION ")
          ? null
          : new NextRequest(`${PUBLIC_URL}${concrete}${entry.query ? `?${entry.query}` : ""}`, {
              method,
              headers,
              ...(entry.body !== undefined ? { body: JSON.stringify(entry.body) } : {}),
            });
        const response = key.startsWith("ACTION ")
          ? // As in production, where a server action reads Next's request cookies and never the Authorization header.
            await runWithCredentials(
              c,
              () =>
                handler(...(entry.args?.() ?? [])).then(
                  actionStatus,
                  (e: { code?: Parameters<typeof httpStatusOf>[0] }) => new Response(null, { status: e.code ? httpStatusOf(e.code) : 500 }),
                ),
              true,
            )
          : await runWithCredentials(c, () => handler(request, { params: Promise.resolve(entry.params ?? {}) }));
        actual[caller] = response.status;
        if (!key.startsWith("ACTION ") && (response.headers.get("content-type") ?? "").includes("application/json")) {
          answers.push({ key, caller, status: response.status, body: await response.clone().json() });
        }
        if (response.status >= 400) {
          const text = await response.text();
          expect(text, `${key} as ${caller} leaks a stack trace`).not.toMatch(/\n\s+at |node_modules/);
        }
      }
      expect(actual).toEqual(entry.expect);
    });
  }

  it("every JSON answer of the run matches /api/v1/swagger.json (the schema of its operation and status)", () => {
    const check = answerValidator(buildHubOpenApi("hub.contoso.com"));
    const results = answers.map(check);
    expect(results.filter((r) => r.checked).length, "the run checked answers of the documented API").toBeGreaterThan(50);
    expect(results.flatMap((r) => (r.problem ? [r.problem] : []))).toEqual([]);
  });
});
