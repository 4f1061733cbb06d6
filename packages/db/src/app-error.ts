import type { DomainReason, ReasonCode } from "@connector-hub/governance";

// The one error taxonomy of the hub is governance's ReasonCode; the HTTP status of each is the web edge's business
// (apps/web/src/server/http-status.ts), not the data layer's.
export type AppErrorCode = ReasonCode;

/** A domain reason thrown: its code, a message that tells the user what to do, and optional details. */
export class AppError extends Error implements DomainReason {
  readonly code: AppErrorCode;
  readonly details?: unknown;
  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
  static from(reason: DomainReason): AppError {
    return new AppError(reason.code, reason.message, reason.details);
  }
}

/** Translates database errors the user can act on; anything else stays unexpected (logged, generic message). */
export function translateDbError(error: unknown, what = "record"): unknown {
  const code = (error as { code?: string }).code;
  if (code === "P2002") return new AppError("CONFLICT", `A ${what} with the same unique value already exists.`);
  if (code === "P2025") return new AppError("NOT_FOUND", `The ${what} does not exist (any more).`);
  return error;
}

// Prisma's codes for a database it cannot reach or lost, the driver adapter's kinds, PostgreSQL's SQLSTATEs for a
// connection lost, a server shutting down or starting up, and Node's socket errors.
const UNREACHABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNREACHABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const UNREACHABLE_ERRNO = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
const UNREACHABLE_MESSAGE =
  /Connection terminated|connection timeout|Can't reach database server|server closed the connection|the database system is (starting up|shutting down|in recovery mode)/i;

/** How long a client should wait before trying again when the database is unreachable (seconds, for Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The database is unreachable (503, retry later) or its disk is full (507): the two failures of the database itself
 * that the person who sent the request should hear about as such, not as "something went wrong". Null otherwise.
 */
export function databaseFailure(error: unknown): AppError | null {
  const seen = new Set<unknown>();
  const codes: string[] = [];
  const messages: string[] = [];
  const walk = (value: unknown, depth: number) => {
    if (!value || typeof value !== "object" || seen.has(value) || depth > 6) return;
    seen.add(value);
    const v = value as {
      code?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: unknown;
      driverAdapterError?: unknown;
      errors?: unknown;
    };
    for (const c of [v.code, v.kind, v.originalCode]) if (typeof c === "string") codes.push(c);
    if (typeof v.message === "string") messages.push(v.message);
    walk(v.cause, depth + 1);
    walk(v.meta, depth + 1);
    walk(v.driverAdapterError, depth + 1);
    if (Array.isArray(v.errors)) for (const e of v.errors) walk(e, depth + 1);
  };
  walk(error, 0);
  if (codes.some((c) => c === "53100" || c === "ENOSPC" || c === "EDQUOT") || messages.some((m) => /No space left on device|could not extend file/i.test(m))) {
    return new AppError(
      "INSUFFICIENT_STORAGE",
      "The database's disk is full, so nothing was saved. Ask your administrator to free space on the database server (or give it a larger disk), then try again.",
    );
  }
  if (
    codes.some((c) => UNREACHABLE_PRISMA.has(c) || UNREACHABLE_KINDS.has(c) || UNREACHABLE_SQLSTATE.test(c) || UNREACHABLE_ERRNO.has(c)) ||
    messages.some((m) => UNREACHABLE_MESSAGE.test(m))
  ) {
    return new AppError(
      "UNAVAILABLE",
      `The database is unreachable right now, so nothing was read or saved. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds; /api/health says which part is down.`,
      { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
    );
  }
  return null;
}
