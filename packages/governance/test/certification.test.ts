import { describe, expect, it } from "vitest";
import { checkCertificationStep, nextCertificationStates, summarizeCertification, type CertificationState } from "../src/index.ts";

const now = new Date("2026-12-02T12:00:00Z");
const at = (d: string) => new Date(`${d}T00:00:00Z`);
const prev = (state: CertificationState, d = "2026-11-01") => ({ state, effectiveAt: at(d) });
const PR = "https://github.com/microsoft/PowerPlatformConnectors/pull/4321";

describe("checkCertificationStep", () => {
  // Written out by hand so a change to the rules fails here.
  it.each([
    [null, "SUBMITTED", true],
    [null, "MERGED", false],
    ["SUBMITTED", "IN_REVIEW", true],
    ["SUBMITTED", "MERGED", true],
    ["IN_REVIEW", "CHANGES_REQUESTED", true],
    ["IN_REVIEW", "SUBMITTED", false],
    ["CHANGES_REQUESTED", "SUBMITTED", true],
    ["CHANGES_REQUESTED", "IN_REVIEW", true],
    ["CHANGES_REQUESTED", "MERGED", false],
    ["MERGED", "SUBMITTED", false],
    ["MERGED", "WITHDRAWN", false],
    ["WITHDRAWN", "SUBMITTED", true],
    ["REJECTED", "IN_REVIEW", false],
  ] as const)("%s → %s allowed: %s", (from, to, allowed) => {
    const result = checkCertificationStep({ previous: from ? prev(from) : null, state: to, effectiveAt: at("2026-11-10"), now });
    expect(result.ok).toBe(allowed);
  });

  it("says merged is final", () => {
    const r = checkCertificationStep({ previous: prev("MERGED"), state: "IN_REVIEW", effectiveAt: at("2026-11-10"), now });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", field: "state" });
    expect(!r.ok && r.message).toContain("already merged, which is final");
  });

  it("says what may come next", () => {
    const r = checkCertificationStep({ previous: prev("CHANGES_REQUESTED"), state: "MERGED", effectiveAt: at("2026-11-10"), now });
    expect(!r.ok && r.message).toBe(
      "The certification is changes requested, so it cannot be merged next; record one of: submitted, in review, withdrawn, rejected.",
    );
    expect(nextCertificationStates(null)).toEqual(["SUBMITTED"]);
  });

  it("refuses an unknown state, a future date and a date before the previous state", () => {
    expect(checkCertificationStep({ previous: null, state: "DONE", effectiveAt: at("2026-11-10"), now })).toMatchObject({ ok: false, field: "state" });
    const future = checkCertificationStep({ previous: null, state: "SUBMITTED", effectiveAt: at("2026-12-05"), now });
    expect(!future.ok && future.message).toBe("The date 2026-12-05 is in the future; give the day the state took effect.");
    const early = checkCertificationStep({ previous: prev("SUBMITTED", "2026-11-20"), state: "MERGED", effectiveAt: at("2026-11-19"), now });
    expect(!early.ok && early.message).toContain("before the previous state (submitted on 2026-11-20)");
    expect(checkCertificationStep({ previous: prev("SUBMITTED", "2026-11-20"), state: "MERGED", effectiveAt: at("2026-11-20"), now }).ok).toBe(true);
  });

  it("accepts only pull requests of microsoft/PowerPlatformConnectors", () => {
    const ok = checkCertificationStep({ previous: null, state: "SUBMITTED", effectiveAt: at("2026-11-10"), pullRequestUrl: ` ${PR}/ `, now });
    expect(ok).toEqual({ ok: true, state: "SUBMITTED", pullRequestUrl: PR });
    for (const bad of [
      "http://github.com/microsoft/PowerPlatformConnectors/pull/1",
      "https://github.com/someone/PowerPlatformConnectors/pull/1",
      "https://github.com/microsoft/PowerPlatformConnectors/issues/1",
      "https://github.com/microsoft/PowerPlatformConnectors/pull/abc",
    ]) {
      const r = checkCertificationStep({ previous: null, state: "SUBMITTED", effectiveAt: at("2026-11-10"), pullRequestUrl: bad, now });
      expect(r).toMatchObject({ ok: false, field: "pullRequestUrl" });
      expect(!r.ok && r.message).toContain("https://github.com/microsoft/PowerPlatformConnectors/pull/1234");
    }
  });
});

describe("summarizeCertification", () => {
  it("counts in-progress connectors and the medians", () => {
    const e = (connectorId: string, state: CertificationState, d: string) => ({ connectorId, state, effectiveAt: at(d) });
    const summary = summarizeCertification([
      e("a", "SUBMITTED", "2026-10-01"),
      e("a", "IN_REVIEW", "2026-10-03"),
      e("a", "MERGED", "2026-10-11"),
      e("b", "SUBMITTED", "2026-09-01"),
      e("b", "WITHDRAWN", "2026-09-02"),
      e("b", "SUBMITTED", "2026-10-01"),
      e("b", "IN_REVIEW", "2026-10-05"),
      e("b", "MERGED", "2026-10-21"),
      e("c", "SUBMITTED", "2026-11-01"),
      e("c", "IN_REVIEW", "2026-11-02"),
    ]);
    // a: 10 days to merge, 8 in review; b: 20 days from the attempt that merged, 16 in review; c: still in review.
    expect(summary).toEqual({ inProgress: 1, merged: 2, medianDaysToMerge: 15, medianDaysInReview: 12, reviewSpells: 2 });
    expect(summarizeCertification([])).toEqual({ inProgress: 0, merged: 0, medianDaysToMerge: null, medianDaysInReview: null, reviewSpells: 0 });
  });
});
