import type { z } from "zod";

/**
 * The hub's one error taxonomy, in the domain's words: why something was refused or failed. Domain functions return
 * or throw these; only the web edge (apps/web/src/server/http-status.ts) turns a code into an HTTP status.
 */
export const REASON_CODES = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "LICENCE_CAP_REACHED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "UNPROCESSABLE",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "INSUFFICIENT_STORAGE",
  "ACKNOWLEDGEMENT_REQUIRED",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/** A refusal: its kind, a message that says what to change, and optional details (the rule, the field). */
export interface DomainReason {
  code: ReasonCode;
  message: string;
  details?: unknown;
}

export type ZodIssueLine = { path: string; message: string };

/** The issues of a failed zod parse as path + message pairs (path "a.b.0"; empty for the input itself). */
export function listZodIssues(error: Pick<z.ZodError, "issues">, options: { separator?: string } = {}): ZodIssueLine[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join(options.separator ?? "."), message: i.message }));
}

/**
 * The one way a failed zod parse is told to a person. With paths (APIs, settings): "field: message; other: message",
 * the input itself named `root`; without (forms, whose fields are on screen): the messages one after the other.
 */
export function formatZodIssues(error: Pick<z.ZodError, "issues">, options: { paths?: boolean; root?: string } = {}): string {
  if (options.paths === false) return error.issues.map((i) => i.message).join(" ");
  return listZodIssues(error)
    .map((i) => `${i.path || (options.root ?? "(input)")}: ${i.message}`)
    .join("; ");
}
