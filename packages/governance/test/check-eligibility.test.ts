import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  DEFAULT_LICENCE_PLANS,
  type CheckEligibilityOptions,
  type EligibilityConnector,
  type EnvironmentType,
  type LicenceAssignment,
  type UsageContext,
} from "../src/index.ts";

const now = new Date("2026-11-26T12:00:00Z");
const cloud: EligibilityConnector = { hosting: "CLOUD", host: "api.contoso.com", ownerId: "owner", authType: "API_KEY" };
const azure: EligibilityConnector = { ...cloud, host: "contoso-fn.azurewebsites.net" };
const onPrem: EligibilityConnector = { ...cloud, hosting: "ON_PREMISES", host: "erp.corp.local", gatewayName: "gw-01" };

const holding = (...plans: string[]): LicenceAssignment[] => plans.map((plan) => ({ plan, expiresAt: null, via: "user" }));

function check(overrides: Partial<CheckEligibilityOptions> & { plans?: never }, assignments: LicenceAssignment[]) {
  return checkEligibility({ user: { id: "u1", assignments }, connector: cloud, ownedConnectorCount: 0, now, ...overrides });
}

type Situation = { name: string; connector: EligibilityConnector; context: UsageContext; env?: EnvironmentType };
const situations: Situation[] = [
  { name: "standalone flow, cloud host", connector: cloud, context: "standalone" },
  { name: "inside an app, cloud host", connector: cloud, context: "app" },
  { name: "licensed flow, cloud host", connector: cloud, context: "flow" },
  { name: "standalone, Azure host", connector: azure, context: "standalone" },
  { name: "Teams environment, Azure host", connector: azure, context: "standalone", env: "TEAMS" },
  { name: "production, on-premises with gateway", connector: onPrem, context: "standalone", env: "PRODUCTION" },
  { name: "production, Azure host", connector: azure, context: "standalone", env: "PRODUCTION" },
];

// [allowed, rule] for "may use" of each seeded plan in each situation above, in that order.
const T = (rule: string) => [true, rule] as const;
const F = (rule: string) => [false, rule] as const;
const yes = Array.from({ length: 7 }, () => T("plan.included"));
const useMatrix: Record<string, (readonly [boolean, string])[]> = {
  FREE_DEVELOPER: yes,
  MICROSOFT_365: Array.from({ length: 7 }, () => F("plan.not_included")),
  DYNAMICS_365: [F("plan.app_context_only"), T("plan.app_context_only"), ...Array.from({ length: 5 }, () => F("plan.app_context_only"))],
  POWER_APPS_PREMIUM: [F("plan.app_context_only"), T("plan.app_context_only"), ...Array.from({ length: 5 }, () => F("plan.app_context_only"))],
  POWER_AUTOMATE_PREMIUM: yes,
  POWER_AUTOMATE_PROCESS: [
    F("plan.flow_context_only"),
    F("plan.flow_context_only"),
    T("plan.flow_context_only"),
    ...Array.from({ length: 4 }, () => F("plan.flow_context_only")),
  ],
  DATAVERSE_FOR_TEAMS: [
    F("plan.azure_hosted_only"),
    F("plan.azure_hosted_only"),
    F("plan.azure_hosted_only"),
    T("plan.azure_hosted_only"),
    T("plan.azure_hosted_only"),
    F("plan.teams_environment_only"),
    F("plan.teams_environment_only"),
  ],
  TRIAL: yes,
  LEGACY_FLOW_PLAN: yes,
};

describe("checkEligibility: may use, for every seeded plan in every situation", () => {
  it("covers every row of the seeded plan table", () => {
    expect(Object.keys(useMatrix).sort()).toEqual(DEFAULT_LICENCE_PLANS.map((p) => p.key).sort());
  });
  const cases = DEFAULT_LICENCE_PLANS.flatMap((plan) => situations.map((s, i) => ({ plan, s, expected: useMatrix[plan.key]?.[i] })));
  it.each(cases)("$plan.key, $s.name", ({ plan, s, expected }) => {
    const r = check({ connector: s.connector, context: s.context, ...(s.env ? { environment: { type: s.env } } : {}) }, holding(plan.key));
    expect([r.canUse.allowed, r.canUse.rule]).toEqual(expected);
    expect(r.canUse.reason).toContain(plan.name);
    expect(r.effectivePlan).toBe(plan.key);
    if (!r.canUse.allowed) expect(r.canUse.planThatWouldChangeIt).toBe("POWER_AUTOMATE_PREMIUM");
  });
});

describe("checkEligibility: may create one more, against each plan's cap", () => {
  const capped = DEFAULT_LICENCE_PLANS.filter((p) => p.usage !== "NO" && p.usage !== "AZURE_ONLY" && p.createLimit !== null);
  it.each(capped)("$key allows creating below its cap and refuses at it", (plan) => {
    const limit = plan.createLimit ?? 0;
    const below = check({ ownedConnectorCount: limit - 1 }, holding(plan.key));
    expect(below.canCreate).toMatchObject({ allowed: true, rule: "cap.below", decidedByPlan: plan.key });
    expect(below.canCreate.reason).toContain(`${limit - 1} of ${limit}`);
    const at = check({ ownedConnectorCount: limit }, holding(plan.key));
    expect(at.canCreate).toMatchObject({ allowed: false, rule: "cap.reached" });
    expect(at.canCreate.reason).toContain(`${limit} of ${limit}`);
  });

  it("says 49 of 50 for a premium user one short of the cap", () => {
    const r = check({ ownedConnectorCount: 49 }, holding("POWER_AUTOMATE_PREMIUM"));
    expect(r.canCreate.reason).toMatch(/You own 49 of 50 custom connectors your Power Automate Premium plan allows/);
    expect(r.canCreate.reason).toContain("one more");
  });

  it("names a plan with a higher cap when a free user has used their one", () => {
    const r = check({ ownedConnectorCount: 1 }, holding("FREE_DEVELOPER"));
    expect(r.canCreate).toMatchObject({ allowed: false, rule: "cap.reached", planThatWouldChangeIt: "POWER_AUTOMATE_PREMIUM" });
    expect(r.canCreate.reason).toContain("1 of 1 custom connector your Free / developer plan");
  });

  it("offers no plan when even the highest cap on sale is reached", () => {
    const r = check({ ownedConnectorCount: 50 }, holding("POWER_AUTOMATE_PREMIUM"));
    expect(r.canCreate.allowed).toBe(false);
    expect(r.canCreate.planThatWouldChangeIt).toBeUndefined();
  });

  it("counts connectors across environments: the count passed in is the one compared, whatever the environment", () => {
    const inDev = check({ ownedConnectorCount: 50, environment: { type: "DEVELOPER" } }, holding("POWER_AUTOMATE_PREMIUM"));
    expect(inDev.canCreate).toMatchObject({ allowed: false, rule: "cap.reached" });
    expect(inDev.canCreate.reason).toContain("across all environments");
  });

  it("reports connectors owned beyond a cap without claiming '3 of 1'", () => {
    const r = check({ ownedConnectorCount: 3 }, holding("FREE_DEVELOPER"));
    expect(r.canCreate.reason).toContain("You own 3 custom connectors, more than the 1");
  });

  it.each(["POWER_AUTOMATE_PROCESS"])("%s states no cap", (key) => {
    const r = check({ ownedConnectorCount: 400 }, holding(key));
    expect(r.canCreate).toMatchObject({ allowed: true, rule: "cap.none_stated" });
  });

  it("a Microsoft 365 user may not create one despite the historical cap of 1", () => {
    const r = check({ ownedConnectorCount: 0 }, holding("MICROSOFT_365"));
    expect(r.canCreate).toMatchObject({ allowed: false, rule: "plan.not_included" });
  });
});

describe("checkEligibility: may share", () => {
  it.each(DEFAULT_LICENCE_PLANS.map((p) => ({ key: p.key, expected: p.canShare && p.usage !== "NO" && p.usage !== "AZURE_ONLY" })))(
    "$key on a cloud host: sharing allowed = $expected",
    ({ key, expected }) => {
      const r = check({}, holding(key));
      expect(r.canShare.allowed).toBe(expected);
    },
  );

  it("refuses sharing on the free plan and says so", () => {
    const r = check({}, holding("FREE_DEVELOPER"));
    expect(r.canShare.reason).toBe("Your Free / developer plan does not allow sharing custom connectors. A Power Automate Premium plan would allow it.");
  });
});

describe("checkEligibility: several plans, expiry, groups", () => {
  it("the most permissive valid plan wins", () => {
    const r = check({ ownedConnectorCount: 10 }, holding("MICROSOFT_365", "FREE_DEVELOPER", "POWER_AUTOMATE_PREMIUM"));
    expect(r.effectivePlan).toBe("POWER_AUTOMATE_PREMIUM");
    expect(r.canCreate).toMatchObject({ allowed: true, decidedByPlan: "POWER_AUTOMATE_PREMIUM" });
    expect(r.canShare.allowed).toBe(true);
  });

  it("combines plans per question: Power Apps in an app context plus the Process plan in a flow", () => {
    const assignments = holding("POWER_APPS_PREMIUM", "POWER_AUTOMATE_PROCESS");
    expect(check({ context: "flow" }, assignments).canUse).toMatchObject({ allowed: true, decidedByPlan: "POWER_AUTOMATE_PROCESS" });
    expect(check({ context: "app" }, assignments).canUse).toMatchObject({ allowed: true, decidedByPlan: "POWER_APPS_PREMIUM" });
    expect(check({ context: "standalone" }, assignments).canUse.allowed).toBe(false);
  });

  it("ignores an expired trial and says so", () => {
    const r = check({}, [{ plan: "TRIAL", expiresAt: new Date("2026-11-01T00:00:00Z"), via: "user" }]);
    expect(r.canUse).toMatchObject({ allowed: false, rule: "no_valid_plan", planThatWouldChangeIt: "POWER_AUTOMATE_PREMIUM" });
    expect(r.canUse.reason).toContain("Your Trial (90 days) trial expired on 2026-11-01 and was not counted.");
    expect(r.ignored).toHaveLength(1);
    expect(r.effectivePlan).toBeNull();
  });

  it("ends a trial 90 days after assignment when no expiry is stored", () => {
    const startsAt = new Date(now.getTime() - 91 * 86_400_000);
    const expired = check({}, [{ plan: "TRIAL", expiresAt: null, startsAt, via: "user" }]);
    expect(expired.canUse.allowed).toBe(false);
    const fresh = check({}, [{ plan: "TRIAL", expiresAt: null, startsAt: new Date(now.getTime() - 89 * 86_400_000), via: "user" }]);
    expect(fresh.canUse.allowed).toBe(true);
  });

  it("keeps a plan that expires later and falls back when the better one has expired", () => {
    const r = check({ ownedConnectorCount: 5 }, [
      { plan: "POWER_AUTOMATE_PREMIUM", expiresAt: new Date("2026-01-01T00:00:00Z"), via: "group", groupName: "Makers" },
      { plan: "FREE_DEVELOPER", expiresAt: new Date("2027-01-01T00:00:00Z"), via: "user" },
    ]);
    expect(r.effectivePlan).toBe("FREE_DEVELOPER");
    expect(r.canCreate.allowed).toBe(false);
    expect(r.canCreate.reason).toContain("Power Automate Premium assignment (through group Makers) expired on 2026-01-01");
  });

  it("does not count an assignment that has not started yet", () => {
    const r = check({}, [{ plan: "POWER_AUTOMATE_PREMIUM", expiresAt: null, startsAt: new Date("2027-01-01T00:00:00Z"), via: "user" }]);
    expect(r.canUse.allowed).toBe(false);
    expect(r.ignored[0]?.reason).toContain("starts on 2027-01-01");
  });

  it("counts a plan assigned through a group", () => {
    const r = check({}, [{ plan: "POWER_AUTOMATE_PREMIUM", expiresAt: null, via: "group", groupName: "Makers" }]);
    expect(r.canUse.allowed).toBe(true);
  });

  it("ignores an unknown plan key with a message", () => {
    const r = check({}, [{ plan: "GOLD", expiresAt: null, via: "user" }]);
    expect(r.ignored[0]?.reason).toContain('"GOLD" is not a known licence plan');
    expect(r.canUse.allowed).toBe(false);
  });

  it("uses administrator-edited plans instead of the defaults", () => {
    const plans = DEFAULT_LICENCE_PLANS.map((p) => (p.key === "FREE_DEVELOPER" ? { ...p, createLimit: 3, canShare: true } : p));
    const r = checkEligibility({ user: { id: "u", assignments: holding("FREE_DEVELOPER") }, connector: cloud, ownedConnectorCount: 2, now, plans });
    expect(r.canCreate.reason).toContain("2 of 3");
    expect(r.canShare.allowed).toBe(true);
  });
});

describe("checkEligibility: Dataverse for Teams and on-premises connectors", () => {
  it("a Teams user may use an Azure-hosted API and is told which rule allowed it", () => {
    const r = check({ connector: azure, environment: { type: "TEAMS" } }, holding("DATAVERSE_FOR_TEAMS"));
    expect(r.canUse).toMatchObject({ allowed: true, rule: "plan.azure_hosted_only" });
    expect(r.canUse.reason).toContain("Azure App Service / Functions (.azurewebsites.net)");
  });

  it.each(["x.azure-api.net", "x.azurefd.net", "x.westeurope.cloudapp.azure.com", "x.azure.com", "https://X.AzureWebsites.net:443/api"])(
    "treats %s as Azure-hosted",
    (host) => {
      expect(check({ connector: { ...cloud, host } }, holding("DATAVERSE_FOR_TEAMS")).canUse.allowed).toBe(true);
    },
  );

  it.each(["api.contoso.com", "azurewebsites.net.evil.com", "notazure-api.net"])("does not treat %s as Azure-hosted", (host) => {
    expect(check({ connector: { ...cloud, host } }, holding("DATAVERSE_FOR_TEAMS")).canUse.allowed).toBe(false);
  });

  it("a Teams user cannot use an on-premises connector", () => {
    const r = check({ connector: onPrem }, holding("DATAVERSE_FOR_TEAMS"));
    expect(r.canUse).toMatchObject({ allowed: false, rule: "plan.azure_hosted_only" });
    expect(r.canUse.reason).toContain("on-premises");
  });

  it("a Teams environment refuses non-Azure hosts whatever the plan", () => {
    const r = check({ environment: { type: "TEAMS" } }, holding("POWER_AUTOMATE_PREMIUM"));
    expect(r.canUse).toMatchObject({ allowed: false, rule: "environment.teams_azure_only" });
    expect(r.canCreate.rule).toBe("environment.teams_azure_only");
  });

  it("a premium user may use an on-premises connector that names a gateway", () => {
    expect(check({ connector: onPrem }, holding("POWER_AUTOMATE_PREMIUM")).canUse.allowed).toBe(true);
  });

  it("an on-premises connector without a gateway is refused for everyone, saying what to fix", () => {
    const r = check({ connector: { ...onPrem, gatewayName: null } }, holding("POWER_AUTOMATE_PREMIUM"));
    expect(r.canUse).toMatchObject({ allowed: false, rule: "connector.gateway_missing" });
    expect(r.canUse.reason).toContain("must choose a gateway");
    expect(r.canUse.planThatWouldChangeIt).toBeUndefined();
  });
});
