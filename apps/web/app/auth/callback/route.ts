// GET /auth/callback: the provider's redirect back; checks state, PKCE and nonce, records the user, opens the session.
import { AuthError } from "@azure/msal-node";
import { createSession, upsertSignedInUser, recordAuditEvent } from "@connector-hub/db";
import { NextResponse } from "next/server";
import { authErrorPage } from "@/server/auth/auth-error-page.ts";
import { readIdentity } from "@/server/auth/read-identity.ts";
import { msalClient, SIGN_IN_SCOPES, signInSettings } from "@/server/auth/msal-client.ts";
import { clientKey, enforceRateLimit } from "@/server/auth/rate-limit.ts";
import { cookieOptions, openSignInFlow, sealSession, SESSION_COOKIE, SIGN_IN_COOKIE } from "@/server/auth/session.ts";
import { db } from "@/server/db.ts";
import { route } from "@/server/route.ts";

export const dynamic = "force-dynamic";

export const GET = route("auth.callback", async (request, { log, requestId }) => {
  enforceRateLimit({ key: `sign-in:${clientKey(request.headers)}`, limit: 30, windowMs: 60_000 });
  const settings = signInSettings();
  const params = request.nextUrl.searchParams;
  const refuse = (status: number, reason: string, message: string) => {
    log.warn({ reason }, "sign-in refused");
    const response = authErrorPage(status, message, requestId);
    // The flow cookie is single-use: whatever happened, this attempt is over.
    response.headers.append("set-cookie", `${SIGN_IN_COOKIE}=; Path=/auth; Max-Age=0; HttpOnly; SameSite=Lax`);
    return response;
  };

  const providerError = params.get("error");
  if (providerError)
    return refuse(
      401,
      `provider:${providerError}`,
      `The sign-in provider did not sign you in (${providerError}: ${params.get("error_description") ?? "no details"}).`,
    );
  const flowCookie = request.cookies.get(SIGN_IN_COOKIE)?.value;
  if (!flowCookie) return refuse(401, "no-flow", "This sign-in response was already used or has expired. Start again.");
  const flow = await openSignInFlow(flowCookie, { secret: settings.sessionSecret });
  if (!flow) return refuse(401, "flow-invalid", "This sign-in attempt has expired or was altered. Start again.");
  const code = params.get("code");
  const state = params.get("state");
  if (!code || !state) return refuse(400, "missing-code", "The sign-in response lacks its code or state. Start again.");
  if (state !== flow.state) return refuse(401, "state-mismatch", "This sign-in response does not belong to the sign-in you started. Start again.");

  let claims: Record<string, unknown>;
  try {
    const result = await msalClient(settings).acquireTokenByCode(
      { code, scopes: SIGN_IN_SCOPES, redirectUri: settings.redirectUri, codeVerifier: flow.verifier, state: flow.state, nonce: flow.nonce },
      { code, state },
    );
    claims = result.idTokenClaims as Record<string, unknown>;
  } catch (error) {
    if (error instanceof AuthError)
      return refuse(
        401,
        `msal:${error.errorCode}`,
        "The sign-in provider did not confirm this sign-in (the code was already used, expired, or did not match). Start again.",
      );
    throw error;
  }

  const identity = readIdentity(claims, settings.tenantId);
  if (!identity.ok) return refuse(identity.status, identity.reason, identity.message);
  if (identity.groupsOverage)
    log.warn({ oid: identity.oid }, "groups claim overage: the ID token names too many groups; configure the app registration to emit only assigned groups");
  const user = await upsertSignedInUser(db(), identity);
  if (!user.isActive) return refuse(403, "inactive", "Your Connector Hub account is deactivated. Ask an administrator to reactivate it.");
  await recordAuditEvent(db(), { actor: { id: user.id, label: user.upn }, action: "user.signed_in", entityType: "User", entityId: user.id, requestId });

  const response = NextResponse.redirect(new URL(flow.returnTo, settings.publicUrl), 303);
  response.headers.set("cache-control", "no-store");
  response.cookies.set(SIGN_IN_COOKIE, "", cookieOptions(settings.publicUrl, 0, "/auth"));
  // A Session row per sign-in; the cookie carries only its random id, sealed.
  const opened = await createSession(db(), { userId: user.id, hours: settings.sessionHours, userAgent: request.headers.get("user-agent") });
  const session = await sealSession({ sid: opened.secret, tid: user.tenantId }, { secret: settings.sessionSecret, hours: settings.sessionHours });
  response.cookies.set(SESSION_COOKIE, session, cookieOptions(settings.publicUrl, settings.sessionHours * 3600));
  log.info({ userId: user.id }, "signed in");
  return response;
});
