// GET /auth/sign-out: a confirmation page; POST /auth/sign-out: ends the hub session, then the provider's.
import { revokeSession } from "@connector-hub/db";
import { NextResponse } from "next/server";
import { endSessionUrl } from "@/server/auth/end-session-url.ts";
import { signInSettings } from "@/server/auth/msal-client.ts";
import { cookieOptions, SESSION_COOKIE } from "@/server/auth/session.ts";
import { resolveViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";
import { route } from "@/server/route.ts";
import { auditActorOf } from "@/server/audit-actor.ts";

export const dynamic = "force-dynamic";

// Signing out changes state, so it takes a POST (checked for a same-origin Origin by proxy.ts); a link to this
// address lands on a one-button form instead.
export const GET = route("auth.sign-out.confirm", async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign out · Connector Hub</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}button{font:inherit;padding:.4rem 1rem}</style></head>
<body><h1>Sign out of Connector Hub?</h1><form method="post" action="/auth/sign-out"><button type="submit">Sign out</button></form><p><a href="/">Back to the catalog</a></p></body></html>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
});

export const POST = route("auth.sign-out", async (request, { log, requestId }) => {
  const settings = signInSettings();
  // The Session row is ended, not just the browser's cookie: a copy of the cookie replayed later is signed out too.
  const cookie = request.cookies.get(SESSION_COOKIE)?.value;
  const viewer = cookie ? await resolveViewer({ sessionCookie: cookie, authorization: null, requestId, cookieOnly: true }) : null;
  if (viewer?.sessionId) {
    await revokeSession(db(), { userId: viewer.userId, sessionId: viewer.sessionId, actor: auditActorOf(viewer), action: "session.signed_out", requestId });
  }
  const home = `${settings.publicUrl}/`;
  const providerLogout = await endSessionUrl(settings, home);
  const response = NextResponse.redirect(providerLogout ?? home, 303);
  response.cookies.set(SESSION_COOKIE, "", cookieOptions(settings.publicUrl, 0));
  log.info("signed out");
  return response;
});
