// Authorization in one place: every route handler and server action goes through withAuth / withAuthAction, which
// resolve the viewer, apply the policy (role, token scope) and log refusals. Per-object rules (who may read or edit a
// connector, decide a request) stay in @connector-hub/governance and are called by the handler with the viewer.
import "server-only";
import { AppError } from "@connector-hub/db";
import type { NextRequest } from "next/server";
import { logger } from "../logger.ts";
import { route, type RouteContext } from "../route.ts";
import { checkAccess, type AuthPolicy } from "./check-access.ts";
import { credentialsOf, getViewer, runWithCredentials, type Viewer } from "./viewer.ts";

export type { AuthPolicy } from "./check-access.ts";

export type AuthedContext<P, V> = RouteContext<P> & { viewer: V };
type RouteFn<P> = ((request: NextRequest, context: { params: Promise<P> }) => Promise<Response>) & { auth: AuthPolicy & { name: string } };

export function withAuth<P = Record<string, never>>(
  name: string,
  handler: (request: NextRequest, context: AuthedContext<P, Viewer | null>) => Promise<Response>,
  policy: AuthPolicy & { allowAnonymous: true },
): RouteFn<P>;
export function withAuth<P = Record<string, never>>(
  name: string,
  handler: (request: NextRequest, context: AuthedContext<P, Viewer>) => Promise<Response>,
  policy?: AuthPolicy,
): RouteFn<P>;
/** Wraps a route handler: request id and error mapping (route()), then the viewer and the policy. */
export function withAuth<P>(
  name: string,
  handler: (request: NextRequest, context: AuthedContext<P, Viewer>) => Promise<Response>,
  policy: AuthPolicy = {},
): RouteFn<P> {
  const wrapped = route<P>(name, (request, context) =>
    runWithCredentials(credentialsOf(request), async () => {
      const viewer = await getViewer();
      // proxy.ts let this cross-site change through only for its Bearer token: it stands only if the token was valid.
      if (request.headers.get("x-hub-cross-site") === "token-only" && viewer?.via !== "token") {
        throw new AppError(
          "FORBIDDEN",
          "This change did not come from a Connector Hub page (Origin check). Use the hub's own forms, or call the API with a valid Bearer token.",
        );
      }
      const check = checkAccess(viewer, policy);
      if (!check.allowed) {
        context.log.warn({ reason: check.reason, code: check.code, userId: viewer?.userId, via: viewer?.via }, "access refused");
        throw new AppError(check.code, check.message);
      }
      return handler(request, { ...context, viewer: viewer as Viewer });
    }),
  );
  return Object.assign(wrapped, { auth: { name, ...policy } });
}

type ActionFn<A extends unknown[], R> = ((...args: A) => Promise<R>) & { auth: AuthPolicy & { name: string } };

/**
 * The same gate for a server action ("use server" functions): refusals throw AppError (401/403) with a message that
 * says what to do, and are logged. Next.js itself rejects cross-origin server-action posts.
 */
export function withAuthAction<A extends unknown[], R>(
  name: string,
  action: (viewer: Viewer, ...args: A) => Promise<R>,
  policy: AuthPolicy = {},
): ActionFn<A, R> {
  const wrapped = async (...args: A): Promise<R> => {
    const viewer = await getViewer();
    const check = checkAccess(viewer, policy);
    if (!check.allowed) {
      logger.warn({ action: name, reason: check.reason, code: check.code, userId: viewer?.userId }, "access refused");
      throw new AppError(check.code, check.message);
    }
    return action(viewer as Viewer, ...args);
  };
  return Object.assign(wrapped, { auth: { name, ...policy } });
}
