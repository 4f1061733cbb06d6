import "server-only";
import { AppError } from "@connector-hub/db";
import { CLIENT_ADDRESS_HEADER, SERVED_BY_HUB_SERVER } from "../client-address.ts";

// A fixed-window counter per key, in this process's memory: each instance counts on its own, so N instances behind
// a load balancer allow N times the limit. Enough to blunt scripted abuse of sign-in and token creation.
const windows = new Map<string, { start: number; count: number }>();

export interface RateLimitOptions {
  key: string;
  limit: number;
  windowMs: number;
  now?: number;
}

/** Counts one attempt; throws 429 with a retry hint once the key went over its limit in the current window. */
export function enforceRateLimit(options: RateLimitOptions): void {
  const now = options.now ?? Date.now();
  if (windows.size > 10_000) {
    for (const [k, w] of windows) if (now - w.start >= options.windowMs) windows.delete(k);
  }
  const current = windows.get(options.key);
  if (!current || now - current.start >= options.windowMs) {
    windows.set(options.key, { start: now, count: 1 });
    return;
  }
  current.count += 1;
  if (current.count > options.limit) {
    const seconds = Math.ceil((current.start + options.windowMs - now) / 1000);
    throw new AppError("RATE_LIMITED", `Too many attempts. Wait ${seconds} s and try again.`, { retryAfterSeconds: seconds });
  }
}

/**
 * The caller's address as server.ts resolved it from the socket (and HUB_TRUSTED_PROXIES), never X-Forwarded-For as
 * the client sent it. Without that server (a bare `next start`) the header would be whatever the client wrote, so it
 * is not read at all and every caller shares one key: limits hold, for all.
 */
export function clientKey(headers: Headers): string {
  if (process.env[SERVED_BY_HUB_SERVER] !== "1") return "unknown";
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}
