// The page half of the authorization matrix: every page of app/ × each kind of caller, over HTTP against the real hub
// (production build), with sessions from the real sign-in flow and API tokens sent as Bearer.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createApiToken } from "@connector-hub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALLERS, PAGES, type Caller, type PageEntry, type PageOutcome } from "./authorization-matrix.ts";
import { startRealHub, type RealHub } from "./support/real-hub.ts";

const appDir = path.resolve(import.meta.dirname, "../app");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** "PAGE /path" for every page.tsx under app/ (route groups left out of the path). */
function discoverPages(): string[] {
  return walk(appDir)
    .filter((f) => /(^|\/)page\.tsx$/.test(f))
    .map((f) =>
      `PAGE /${path
        .relative(appDir, f)
        .split(path.sep)
        .join("/")
        .replace(/\/?page\.tsx$/, "")}`.replace(/\/\([^)]+\)/g, ""),
    );
}

/** What the caller got, in the matrix's words. */
async function outcomeOf(response: Response, entry: PageEntry): Promise<PageOutcome | number> {
  if (response.status === 404) return 404;
  if ([302, 303, 307, 308].includes(response.status) && (response.headers.get("location") ?? "").includes("/auth/sign-in")) return "sign-in";
  if (response.status !== 200) return response.status;
  const html = await response.text();
  if (entry.marker.test(html)) return "served";
  // The page's own prompt (the header's "Sign in" button carries no returnTo).
  if (/href="\/auth\/sign-in\?returnTo=[^"]+"[^>]*>Sign in<\/a>/.test(html)) return "sign-in";
  return "refused";
}

describe("the page matrix covers the app", () => {
  it("has an entry for every page, and none for a page that no longer exists", () => {
    const pages = discoverPages();
    expect(
      pages.filter((p) => !(p in PAGES)),
      "add these to PAGES in test/authorization-matrix.ts",
    ).toEqual([]);
    expect(Object.keys(PAGES).filter((p) => !pages.includes(p))).toEqual([]);
  });
});

describe("every page answers each kind of caller as the matrix says", () => {
  let hub: RealHub;
  const headers = {} as Record<Caller, Record<string, string>>;

  beforeAll(async () => {
    hub = await startRealHub();
    const maya = hub.seeded.users.maker!;
    const withScope = await createApiToken(hub.db, {
      userId: maya.id,
      input: { name: "pages all", scopes: ["validate", "connectors:read", "connectors:write"] },
    });
    const withoutScope = await createApiToken(hub.db, { userId: maya.id, input: { name: "pages read", scopes: ["connectors:read"] } });
    Object.assign(headers, {
      anonymous: {},
      builder: { cookie: await hub.signIn("builder") },
      owner: { cookie: await hub.signIn("maker") },
      otherMaker: { cookie: await hub.signIn("maker2") },
      admin: { cookie: await hub.signIn("admin") },
      tokenWithScope: { authorization: `Bearer ${withScope.secret}` },
      tokenWithoutScope: { authorization: `Bearer ${withoutScope.secret}` },
    });
  }, 900_000);
  afterAll(() => hub?.stop());

  for (const [key, entry] of Object.entries(PAGES)) {
    it(`${key}: ${entry.why}`, async () => {
      const concrete = key.slice("PAGE ".length).replace(/\[(\w+)\]/g, (_m, name: string) => entry.params?.[name] ?? name);
      const actual = {} as Record<Caller, PageOutcome | number>;
      for (const caller of CALLERS) actual[caller] = await outcomeOf(await hub.get(concrete, headers[caller]), entry);
      expect(actual).toEqual(entry.expect);
    });
  }
});
