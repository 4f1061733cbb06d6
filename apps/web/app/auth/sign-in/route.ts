// GET /auth/sign-in: starts the authorization code flow with PKCE at Entra ID (or the local provider).
import { randomBytes } from "node:crypto";
import { CryptoProvider, PromptValue } from "@azure/msal-node";
import { NextResponse } from "next/server";
import { msalClient, SIGN_IN_SCOPES, signInSettings } from "@/server/auth/msal-client.ts";
import { clientKey, enforceRateLimit } from "@/server/auth/rate-limit.ts";
import { safeReturnTo } from "@/server/auth/safe-return-to.ts";
import { cookieOptions, sealSignInFlow, SIGN_IN_COOKIE } from "@/server/auth/session.ts";
import { route } from "@/server/route.ts";

export const dynamic = "force-dynamic";

export const GET = route("auth.sign-in", async (request) => {
  enforceRateLimit({ key: `sign-in:${clientKey(request.headers)}`, limit: 30, windowMs: 60_000 });
  const settings = signInSettings();
  const returnTo = safeReturnTo(request.nextUrl.searchParams.get("returnTo"), settings.publicUrl);
  // Cookies belong to one host name: on a local run, start on the public one (localhost vs 127.0.0.1), where the
  // callback lands. Only loopback names, so a proxy that rewrites Host in production can never cause a loop.
  const host = request.headers.get("host") ?? "";
  const isLoopback = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);
  if (isLoopback && host !== new URL(settings.publicUrl).host) {
    return NextResponse.redirect(`${settings.publicUrl}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`, 302);
  }
  const { verifier, challenge } = await new CryptoProvider().generatePkceCodes();
  const state = randomBytes(32).toString("base64url");
  const nonce = randomBytes(32).toString("base64url");
  const url = await msalClient(settings).getAuthCodeUrl({
    scopes: SIGN_IN_SCOPES,
    redirectUri: settings.redirectUri,
    codeChallenge: challenge,
    codeChallengeMethod: "S256",
    state,
    nonce,
    // Entra: let people with several accounts choose. The local provider asks every time anyway.
    ...(settings.isEntra ? { prompt: PromptValue.SELECT_ACCOUNT } : {}),
  });
  const response = NextResponse.redirect(url, 302);
  response.headers.set("cache-control", "no-store");
  response.cookies.set(
    SIGN_IN_COOKIE,
    await sealSignInFlow({ state, nonce, verifier, returnTo }, { secret: settings.sessionSecret }),
    cookieOptions(settings.publicUrl, 600, "/auth"),
  );
  return response;
});
