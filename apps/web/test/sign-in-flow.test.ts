// The redirect sign-in through msal-node against the local provider, driven without a browser, and the refusals:
// a replayed callback, a nonce that does not match, a code redeemed with another sign-in's verifier.
import { randomBytes } from "node:crypto";
import { PERSONAS } from "@connector-hub/db/seed";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pickPersonaAtProvider, PUBLIC_URL, startTestHub, type TestHub } from "./support/test-hub.ts";

let hub: TestHub;
let ca: string;
type Handler = (request: NextRequest, context: { params: Promise<Record<string, never>> }) => Promise<Response>;
let signIn: Handler;
let callback: Handler;

beforeAll(async () => {
  hub = await startTestHub();
  ca = await hub.caPem();
  signIn = (await import("../app/auth/sign-in/route.ts")).GET as Handler;
  callback = (await import("../app/auth/callback/route.ts")).GET as Handler;
});
afterAll(() => hub?.stop());

const call = (handler: Handler, url: string, cookie?: string) =>
  handler(new NextRequest(url, { headers: cookie ? { cookie, "x-forwarded-for": "10.9.9.9" } : { "x-forwarded-for": "10.9.9.9" } }), {
    params: Promise.resolve({}),
  });

const cookieOf = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

/** /auth/sign-in → provider (persona picked) → the callback URL the browser would be sent to, and the flow cookie. */
async function startSignIn(personaKey: string, returnTo = "/") {
  const persona = PERSONAS.find((p) => p.key === personaKey)!;
  const started = await call(signIn, `${PUBLIC_URL}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  expect(started.status).toBe(302);
  const authorizationUrl = started.headers.get("location")!;
  const flowCookie = cookieOf(started, "hub_sign_in")!;
  return { authorizationUrl, flowCookie, callbackUrl: await pickPersonaAtProvider(authorizationUrl, persona.oid, ca) };
}

describe("signing in through msal-node", () => {
  it("asks the provider for a code with PKCE (S256), state and nonce", async () => {
    const started = await call(signIn, `${PUBLIC_URL}/auth/sign-in`);
    const url = new URL(started.headers.get("location")!);
    expect(url.origin).toBe(hub.provider.issuer);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get("state")?.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get("nonce")?.length).toBeGreaterThanOrEqual(32);
    expect(started.headers.getSetCookie().join()).toMatch(/hub_sign_in=.+HttpOnly/i);
  });

  it("signs the builder in: session cookie, user keyed by oid, Finance group membership, back to where they were", async () => {
    const { flowCookie, callbackUrl } = await startSignIn("builder", "/connectors/contoso-invoices");
    const done = await call(callback, callbackUrl, flowCookie);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`${PUBLIC_URL}/connectors/contoso-invoices`);
    const session = cookieOf(done, "hub_session");
    expect(session).toBeDefined();
    expect(done.headers.getSetCookie().find((c) => c.startsWith("hub_session="))).toMatch(/HttpOnly/i);
    expect(done.headers.getSetCookie().find((c) => c.startsWith("hub_session="))).toMatch(/SameSite=lax/i);

    const { resolveViewer } = await import("../src/server/auth/viewer.ts");
    const viewer = await resolveViewer({ sessionCookie: session!.slice("hub_session=".length), authorization: null });
    const bea = PERSONAS.find((p) => p.key === "builder")!;
    expect(viewer).toMatchObject({ oid: bea.oid, displayName: bea.displayName, roles: [], isAdmin: false, isMaker: false, via: "session" });
    expect(viewer!.groupIds).toEqual([hub.seeded.groups.finance.id]);
    expect(viewer!.userId).toBe(hub.seeded.users.builder!.id);
  });

  it("gives the administrator the Hub.Admin role from the roles claim", async () => {
    const { flowCookie, callbackUrl } = await startSignIn("admin");
    const done = await call(callback, callbackUrl, flowCookie);
    const { resolveViewer } = await import("../src/server/auth/viewer.ts");
    const viewer = await resolveViewer({ sessionCookie: cookieOf(done, "hub_session")!.slice("hub_session=".length), authorization: null });
    expect(viewer).toMatchObject({ roles: ["Hub.Admin"], isAdmin: true });
  });

  it("refuses a replayed callback, even with the flow cookie captured (the code is single-use)", async () => {
    const { flowCookie, callbackUrl } = await startSignIn("maker");
    expect((await call(callback, callbackUrl, flowCookie)).status).toBe(303);
    const withoutCookie = await call(callback, callbackUrl);
    expect(withoutCookie.status).toBe(401);
    expect(await withoutCookie.text()).toContain("already used or has expired");
    const withCookie = await call(callback, callbackUrl, flowCookie);
    expect(withCookie.status).toBe(401);
    expect(cookieOf(withCookie, "hub_session")).toBeUndefined();
    expect(await withCookie.text()).not.toMatch(/\n\s+at |node_modules/);
  });

  it("refuses a callback whose state belongs to another sign-in", async () => {
    const first = await startSignIn("maker");
    const second = await startSignIn("maker2");
    const response = await call(callback, second.callbackUrl, first.flowCookie);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("does not belong to the sign-in you started");
  });

  it("refuses an ID token whose nonce is not the one this sign-in sent", async () => {
    const { callbackUrl, flowCookie } = await startSignIn("maker");
    const { openSignInFlow, sealSignInFlow } = await import("../src/server/auth/session.ts");
    const secret = process.env.HUB_SESSION_SECRET!;
    const flow = (await openSignInFlow(flowCookie.slice("hub_sign_in=".length), { secret }))!;
    const forged = await sealSignInFlow({ ...flow, nonce: randomBytes(32).toString("base64url") }, { secret });
    const response = await call(callback, callbackUrl, `hub_sign_in=${forged}`);
    expect(response.status).toBe(401);
    expect(cookieOf(response, "hub_session")).toBeUndefined();
  });

  it("refuses a code redeemed with another sign-in's PKCE verifier", async () => {
    const { callbackUrl, flowCookie } = await startSignIn("maker");
    const { openSignInFlow, sealSignInFlow } = await import("../src/server/auth/session.ts");
    const secret = process.env.HUB_SESSION_SECRET!;
    const flow = (await openSignInFlow(flowCookie.slice("hub_sign_in=".length), { secret }))!;
    const forged = await sealSignInFlow({ ...flow, verifier: randomBytes(32).toString("base64url") }, { secret });
    expect((await call(callback, callbackUrl, `hub_sign_in=${forged}`)).status).toBe(401);
  });

  it("refuses a provider error with a readable page", async () => {
    const response = await call(callback, `${PUBLIC_URL}/auth/callback?error=access_denied&error_description=User%20cancelled`);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("User cancelled");
  });
});
