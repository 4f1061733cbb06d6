import { describe, expect, it } from "vitest";
import { DEFAULT_LICENCE_PLANS, ZDlpOverride, ZLicencePlan, ZSharingAction } from "../src/index.ts";

describe("ZLicencePlan", () => {
  it.each(DEFAULT_LICENCE_PLANS)("accepts the seeded plan $key", (plan) => {
    expect(ZLicencePlan.safeParse(plan).success).toBe(true);
  });

  const premium = DEFAULT_LICENCE_PLANS.find((p) => p.key === "POWER_AUTOMATE_PREMIUM");
  it.each([
    { change: { createLimit: -1 }, message: "Create limit cannot be negative." },
    { change: { createLimit: 2.5 }, message: "Create limit must be a whole number." },
    { change: { trialDays: 0 }, message: "Trial days must be at least 1" },
    { change: { usage: "SOMETIMES" }, message: "Plan usage must be one of YES, NO, APP_CONTEXT, FLOW_CONTEXT, AZURE_ONLY." },
    { change: { key: "premium plan" }, message: "Plan key must be capital letters" },
    { change: { source: " " }, message: "Say where the plan's facts come from" },
  ])("explains $message", ({ change, message }) => {
    const r = ZLicencePlan.safeParse({ ...premium, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain(message);
  });
});

describe("other schemas", () => {
  it("requires an override to name a connector", () => {
    expect(ZDlpOverride.safeParse({ group: "BLOCKED" }).error?.issues[0]?.message).toBe("Choose the connector this classification applies to.");
  });
  it("lists the review actions when given an unknown one", () => {
    expect(ZSharingAction.safeParse("approve_all").error?.issues[0]?.message).toContain("submit, start_maker_checks");
  });
});
