import "server-only";
import { AppError, databaseFailure, DATABASE_RETRY_AFTER_SECONDS } from "@connector-hub/db";
import { formatZodIssues, listZodIssues } from "@connector-hub/governance";
import type { NextRequest } from "next/server";
import { ZodError } from "zod";
import { httpStatusOf } from "./http-status.ts";
import { logger } from "./logger.ts";

export interface RouteContext<P> {
  params: Promise<P>;
  requestId: string;
  log: typeof logger;
}

type Handler<P> = (request: NextRequest, context: RouteContext<P>) => Promise<Response>;

export function jsonError(status: number, code: string, message: string, requestId: string, details?: unknown): Response {
  return Response.json(
    { error: { code, message, requestId, ...(details === undefined ? {} : { details }) } },
    { status, headers: { "x-request-id": requestId } },
  );
}

/**
 * No cache may keep an answer given to a signed-in caller (cookie or token), nor an API answer that depends on who
 * asks; anonymous answers that chose their own caching (icons of public connectors) keep it.
 */
function keepOutOfCaches(request: NextRequest, response: Response): void {
  const isSignedIn = request.cookies.has("hub_session") || request.headers.has("authorization");
  if (isSignedIn || (request.nextUrl.pathname.startsWith("/api/") && !response.headers.has("cache-control"))) {
    response.headers.set("cache-control", "no-store");
  }
}

/**
 * Wraps a route handler: request id, one structured log line per request, and errors mapped to HTTP. Expected errors
 * (AppError, invalid input) say what to change; unexpected ones are logged with the id and answered generically.
 */
export function route<P = Record<string, never>>(name: string, handler: Handler<P>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    const log = logger.child({ requestId, route: name });
    const started = performance.now();
    let response: Response;
    try {
      response = await handler(request, { params: context.params, requestId, log });
    } catch (error) {
      if (error instanceof AppError) {
        response = jsonError(httpStatusOf(error.code), error.code, error.message, requestId, error.details);
      } else if (error instanceof ZodError) {
        response = jsonError(httpStatusOf("BAD_REQUEST"), "BAD_REQUEST", `Invalid input: ${formatZodIssues(error)}`, requestId, listZodIssues(error));
      } else if (databaseFailure(error)) {
        // The database is down (503 with Retry-After) or its disk is full (507): say so, and log it once per request.
        const failure = databaseFailure(error)!;
        log.error({ err: error, databaseFailure: failure.code }, failure.message);
        response = jsonError(
          httpStatusOf(failure.code),
          failure.code === "UNAVAILABLE" ? "DATABASE_UNAVAILABLE" : "DATABASE_DISK_FULL",
          failure.message,
          requestId,
        );
        if (failure.code === "UNAVAILABLE") response.headers.set("retry-after", String(DATABASE_RETRY_AFTER_SECONDS));
      } else {
        log.error({ err: error }, "unexpected error");
        response = jsonError(500, "INTERNAL", `Something went wrong on our side. Quote reference ${requestId} to your administrator.`, requestId);
      }
    }
    keepOutOfCaches(request, response);
    // Callback URLs carry their only credential in the path: never log it.
    const path = request.nextUrl.pathname.replace(/^(\/api\/v1\/callbacks\/)[^/]+/, "$1[redacted]");
    log.info({ method: request.method, path, status: response.status, ms: Math.round(performance.now() - started) }, "request");
    return response;
  };
}
