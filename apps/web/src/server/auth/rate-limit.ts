import { AppError } from "@connector-hub/db";

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

/** The client address as the first proxy hop reports it; "local" when there is none. */
export function clientKey(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
