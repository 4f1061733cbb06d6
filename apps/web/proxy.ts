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

/**
 * A cookie-authenticated change must come from our own pages: the browser's Origin (or, without it, Sec-Fetch-Site)
 * must be this site. Requests with only a Bearer token carry no ambient credentials and need no such check.
 */
function isCrossSiteMutation(request: NextRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  // A page of another site cannot attach an Authorization header without a CORS preflight we never grant.
  if (request.headers.has("authorization")) return false;
  const cookieAuthenticated = request.cookies.has(SESSION_COOKIE) || request.nextUrl.pathname.startsWith("/auth/");
  if (!cookieAuthenticated) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    try {
      const originHost = new URL(origin).host;
      // Behind a proxy that rewrites Host, the configured public address is the one browsers use.
      const publicHost = process.env.HUB_PUBLIC_URL ? new URL(process.env.HUB_PUBLIC_URL).host : null;
      return originHost !== host && originHost !== publicHost;
    } catch {
      return true;
    }
  }
  const site = request.headers.get("sec-fetch-site");
  return !(site === "same-origin" || site === "none");
}

// Gives every request an id (kept if a trusted proxy in front already set one), visible to route handlers,
// server components and logs, and echoed back so a user can quote it. Adds the security headers and refuses
// cross-site mutations of cookie sessions (CSRF).
export function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  if (isCrossSiteMutation(request)) {
    console.warn(JSON.stringify({ level: "warn", requestId, path: request.nextUrl.pathname, origin: request.headers.get("origin"), msg: "cross-site request refused" }));
    return Response.json(
      { error: { code: "FORBIDDEN", message: "This change did not come from a Connector Hub page (Origin check). Use the hub's own forms, or call the API with a Bearer token.", requestId } },
      { status: 403, headers: { "x-request-id": requestId } },
    );
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "strict-origin-when-cross-origin");
  response.headers.set("x-frame-options", "DENY");
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
