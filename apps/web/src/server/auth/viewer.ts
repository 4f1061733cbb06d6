// Who is asking: the session cookie (signed in through Entra ID or the local provider) or, for the API only, a personal
// API token (Authorization: Bearer). Pages and server actions accept the cookie only. Everything else in the app
// depends only on this file's exports.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { AppError, findApiTokenUser, findSessionUser, type CatalogViewer } from "@connector-hub/db";
import { db } from "../db.ts";
import { logger } from "../logger.ts";
import { signInSettings } from "./msal-client.ts";
import { openSession, SESSION_COOKIE } from "./session.ts";

export interface Viewer {
  userId: string;
  tenantId: string;
  oid: string;
  upn: string;
  displayName: string;
  /** App roles from the ID token: "Hub.Admin", "Hub.Maker"; none = builder. */
  roles: string[];
  groupIds: string[];
  isAdmin: boolean;
  isMaker: boolean;
  /** How the request authenticated; tokens carry scopes. */
  via: "session" | "token";
  tokenScopes: string[];
  /** The Session row of a cookie-authenticated request ("this session" on /auth/sessions). */
  sessionId?: string;
}

export const ROLE_ADMIN = "Hub.Admin";
export const ROLE_MAKER = "Hub.Maker";

export interface CredentialSource {
  sessionCookie: string | undefined;
  authorization: string | null;
  /** For the log line of a refusal. */
  requestId?: string | null;
  /**
   * Pages and server actions: the session cookie only, an Authorization header is ignored (a leaked or narrow API token
   * never gets a page). Route handlers under /api accept Bearer tokens, each route naming the scope it needs.
   */
  cookieOnly?: boolean;
}

function toViewer(
  u: { userId: string; tenantId: string; oid: string; upn: string; displayName: string; roles: string[]; groupIds: string[] },
  via: Viewer["via"],
  tokenScopes: string[],
  sessionId?: string,
): Viewer {
  return { ...u, isAdmin: u.roles.includes(ROLE_ADMIN), isMaker: u.roles.includes(ROLE_MAKER), via, tokenScopes, ...(sessionId ? { sessionId } : {}) };
}

/**
 * The viewer for a request's credentials. A bad Bearer token is an error (401: the caller meant to authenticate);
 * a bad, expired, ended or foreign session cookie, or one of an account deactivated since, is logged and treated as no
 * session, so the person is asked to sign in. The session row, the person's roles and groups are read on every request.
 */
export async function resolveViewer(source: CredentialSource): Promise<Viewer | null> {
  const bearer = source.cookieOnly ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(source.authorization ?? "")?.[1];
  if (bearer) {
    const found = await findApiTokenUser(db(), bearer);
    if (!found.ok) {
      logger.warn({ reason: found.reason, requestId: source.requestId }, "api token refused");
      const why =
        found.reason === "revoked"
          ? "was revoked"
          : found.reason === "expired"
            ? "has expired"
            : found.reason === "inactive-user"
              ? "belongs to a deactivated account"
              : "is not a valid Connector Hub token";
      throw new AppError(
        "UNAUTHORIZED",
        `The API token ${why}. Create a new one under your account (POST /api/v1/tokens) and send it as "Authorization: Bearer <token>".`,
      );
    }
    const u = found.user;
    return toViewer(
      { userId: u.id, tenantId: u.tenantId, oid: u.oid, upn: u.upn, displayName: u.displayName, roles: u.roles, groupIds: u.groupIds },
      "token",
      found.scopes,
    );
  }
  if (!source.sessionCookie) return null;
  const settings = signInSettings();
  const session = await openSession(source.sessionCookie, { secret: settings.sessionSecret, tenantId: settings.tenantId });
  if (!session.ok) {
    logger.warn({ reason: session.reason, requestId: source.requestId }, "session cookie refused");
    return null;
  }
  const found = await findSessionUser(db(), session.claims.sid);
  if (!found.ok) {
    logger.warn({ reason: found.reason, requestId: source.requestId }, "session cookie refused");
    return null;
  }
  const u = found.user;
  if (u.tenantId !== settings.tenantId) return null;
  return toViewer(
    { userId: u.id, tenantId: u.tenantId, oid: u.oid, upn: u.upn, displayName: u.displayName, roles: u.roles, groupIds: u.groupIds },
    "session",
    [],
    found.sessionId,
  );
}

// Credentials of the request being handled, when a wrapper (withAuth, tests) already has them from the Request object;
// otherwise getViewer() reads Next's request headers.
const currentCredentials = new AsyncLocalStorage<CredentialSource>();

/** Runs `fn` with these credentials as the current request's (withAuth does this; so do the authorization tests). */
export function runWithCredentials<T>(source: CredentialSource, fn: () => Promise<T>): Promise<T> {
  return currentCredentials.run(source, fn);
}

/** The credentials a Request carries: the session cookie and the Authorization header. */
export function credentialsOf(request: Request): CredentialSource {
  const cookie = request.headers.get("cookie") ?? "";
  const match = cookie.split(/;\s*/).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return {
    sessionCookie: match ? decodeURIComponent(match.slice(SESSION_COOKIE.length + 1)) || undefined : undefined,
    authorization: request.headers.get("authorization"),
    requestId: request.headers.get("x-request-id"),
  };
}

// A page renders the header's account menu and the page itself, each asking who is there: one session lookup per
// request (React's per-render cache), not one per component.
const pageViewer = cache(async (): Promise<Viewer | null> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  // No credentials from a wrapper: a page or a server action, which take the session cookie only.
  return resolveViewer({
    sessionCookie: cookieStore.get(SESSION_COOKIE)?.value,
    authorization: headerList.get("authorization"),
    requestId: headerList.get("x-request-id"),
    cookieOnly: true,
  });
});

/** The signed-in person, or null for an anonymous request. */
export async function getViewer(): Promise<Viewer | null> {
  const known = currentCredentials.getStore();
  if (known) return resolveViewer(known);
  return pageViewer();
}

/** The signed-in person; anonymous requests get 401 with a sign-in hint. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHORIZED", "Sign in first (/auth/sign-in), or send a personal API token as a Bearer token.");
  return viewer;
}

/** The catalog's notion of a viewer (anonymous visitors see only PUBLIC connectors). */
export function catalogViewer(viewer: Viewer | null): CatalogViewer {
  return viewer ? { userId: viewer.userId, groupIds: viewer.groupIds, isAdmin: viewer.isAdmin } : { userId: null, groupIds: [], isAdmin: false };
}
