import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIE = "hub_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Content-Security-Policy with a per-request nonce, which Next.js puts on its own inline scripts. */
function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // React and next/font set style attributes; styles cannot run code, so inline ones are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Sign-in and sign-out forms post only here; the provider is reached by redirects, which form-action also covers.
    "form-action 'self' https:",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The Authorization header viewer.ts reads as a token; anything else (empty, Basic, "Bearer" alone) is not one. */
const BEARER = /^Bearer\s+\S+\s*$/i;
/** Set here (never taken from the client) when a cross-site change may pass only if its Bearer token is valid; read by with-auth.ts. */
const CROSS_SITE_HEADER = "x-hub-cross-site";

function publicOrigin(): string {
  return new URL(process.env.HUB_PUBLIC_URL ?? "http://localhost:3000").origin;
}

/** Whether the browser says the request comes from another site: its Origin against HUB_PUBLIC_URL, never Host or X-Forwarded-Host. */
function isCrossSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return new URL(origin).origin !== publicOrigin();
    } catch {
      return true;
    }
  }
  const site = request.headers.get("sec-fetch-site");
  return !(site === "same-origin" || site === "none");
}

/**
 * A cookie-authenticated change must come from our own pages (CSRF). A request whose only credential is a Bearer
 * token carries nothing ambient, so it may come from anywhere, but only when that token is valid: such requests are
 * marked, and withAuth refuses them unless the viewer was resolved from the token.
 */
function crossSiteVerdict(request: NextRequest): "same-site" | "token-only" | "refused" {
  if (SAFE_METHODS.has(request.method)) return "same-site";
  const isAuthPath = request.nextUrl.pathname.startsWith("/auth/");
  if (!request.cookies.has(SESSION_COOKIE) && !isAuthPath) return "same-site";
  if (!isCrossSite(request)) return "same-site";
  return !isAuthPath && BEARER.test(request.headers.get("authorization") ?? "") ? "token-only" : "refused";
}

// Gives every request an id (kept if a trusted proxy in front already set one), visible to route handlers,
// server components and logs, and echoed back so a user can quote it. Adds the security headers and refuses
// cross-site mutations of cookie sessions (CSRF).
export function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  const verdict = crossSiteVerdict(request);
  if (verdict === "refused") {
    console.warn(
      JSON.stringify({ level: "warn", requestId, path: request.nextUrl.pathname, origin: request.headers.get("origin"), msg: "cross-site request refused" }),
    );
    return Response.json(
      {
        error: {
          code: "FORBIDDEN",
          message: "This change did not come from a Connector Hub page (Origin check). Use the hub's own forms, or call the API with a Bearer token.",
          requestId,
        },
      },
      { status: 403, headers: { "x-request-id": requestId } },
    );
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.delete(CROSS_SITE_HEADER);
  if (verdict === "token-only") headers.set(CROSS_SITE_HEADER, "token-only");
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "strict-origin-when-cross-origin");
  response.headers.set("x-frame-options", "DENY");
  // Nothing answered to a signed-in caller (cookie or token) may be kept by a browser or a shared cache.
  if (request.cookies.has(SESSION_COOKIE) || request.headers.has("authorization")) response.headers.set("cache-control", "no-store");
  if (publicOrigin().startsWith("https:")) response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
