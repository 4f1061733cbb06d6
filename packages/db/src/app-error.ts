// The one error taxonomy of the hub: each code maps to an HTTP status, and its message tells the user what to do.
export const APP_ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: unknown;
  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

/** Translates database errors the user can act on; anything else stays unexpected (logged, generic message). */
export function translateDbError(error: unknown, what = "record"): unknown {
  const code = (error as { code?: string }).code;
  if (code === "P2002") return new AppError("CONFLICT", `A ${what} with the same unique value already exists.`);
  if (code === "P2025") return new AppError("NOT_FOUND", `The ${what} does not exist (any more).`);
  return error;
}
