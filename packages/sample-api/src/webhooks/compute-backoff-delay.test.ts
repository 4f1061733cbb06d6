import { describe, expect, it } from "vitest";
import { computeBackoffDelay, DEFAULT_RETRY_POLICY } from "./compute-backoff-delay.ts";

describe("computeBackoffDelay", () => {
  it("doubles the wait after each failure and never passes the cap", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4, 5, 6].map((failures) => computeBackoffDelay(failures, policy))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});
