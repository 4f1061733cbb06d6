import { describe, expect, it } from "vitest";
import { computeSharingGates, type ComputeSharingGatesOptions, type SharingGate } from "../src/index.ts";

const complete = {
  businessJustification: "Finance needs invoices in flows",
  impact: "Finance team",
  accessManagement: "Group Finance",
  dependencies: "ERP",
  conditionsOfUse: "Internal only",
  mitigationPlan: "Disable connector",
};
const base: ComputeSharingGatesOptions = {
  connector: { authType: "OAUTH2", hosting: "CLOUD", host: "api.contoso.com", schemes: ["https"] },
  version: { errorCount: 0, certificationErrorCount: 0 },
  target: { scope: "ORGANIZATION" },
  declaredSecretHandling: "Client secret in Key Vault, rotated yearly",
  riskAccepted: false,
  supportDetails: complete,
};
const gate = (gates: SharingGate[], code: string) => gates.find((g) => g.code === code);
const blockers = (gates: SharingGate[]) => gates.filter((g) => g.blocking && !g.passed).map((g) => g.code);

describe("computeSharingGates", () => {
  it("passes a well-prepared OAuth connector shared with the organization", () => {
    const gates = computeSharingGates(base);
    expect(blockers(gates)).toEqual([]);
    expect(gates.every((g) => g.passed)).toBe(true);
  });

  type Case = { name: string; change: Partial<ComputeSharingGatesOptions>; blocks: string[] };
  const cases: Case[] = [
    { name: "validation errors block", change: { version: { errorCount: 2, certificationErrorCount: 0 } }, blocks: ["version.no_errors"] },
    {
      name: "certification errors block only public sharing",
      change: { version: { errorCount: 0, certificationErrorCount: 1 }, target: { scope: "PUBLIC" } },
      blocks: ["version.no_certification_errors"],
    },
    { name: "certification errors do not block organization sharing", change: { version: { errorCount: 0, certificationErrorCount: 3 } }, blocks: [] },
    { name: "OAuth without declared secret handling", change: { declaredSecretHandling: "  " }, blocks: ["secrets.declared"] },
    {
      name: "API key without declared secret handling",
      change: { connector: { ...base.connector, authType: "API_KEY" }, declaredSecretHandling: null },
      blocks: ["secrets.declared"],
    },
    {
      name: "Basic auth needs no secret declaration",
      change: { connector: { ...base.connector, authType: "BASIC" }, declaredSecretHandling: null },
      blocks: [],
    },
    {
      name: "anonymous to the organization without risk acceptance",
      change: { connector: { ...base.connector, authType: "NONE" } },
      blocks: ["anonymous.risk_accepted"],
    },
    {
      name: "anonymous to the organization with risk acceptance",
      change: { connector: { ...base.connector, authType: "NONE" }, riskAccepted: true },
      blocks: [],
    },
    {
      name: "anonymous to named users needs no acceptance",
      change: { connector: { ...base.connector, authType: "NONE" }, target: { scope: "USERS", users: [{ id: "u", permission: "CAN_VIEW" }] } },
      blocks: [],
    },
    { name: "Windows auth in the cloud", change: { connector: { ...base.connector, authType: "WINDOWS" } }, blocks: ["windows.gateway"] },
    {
      name: "Windows auth on-premises without a gateway",
      change: { connector: { ...base.connector, authType: "WINDOWS", hosting: "ON_PREMISES" } },
      blocks: ["windows.gateway"],
    },
    {
      name: "Windows auth on-premises with a gateway",
      change: { connector: { ...base.connector, authType: "WINDOWS", hosting: "ON_PREMISES", gatewayName: "gw-1" } },
      blocks: [],
    },
    { name: "on-premises without a gateway", change: { connector: { ...base.connector, hosting: "ON_PREMISES" } }, blocks: ["onpremises.gateway"] },
    { name: "named users but nobody chosen", change: { target: { scope: "USERS", users: [], groups: [] } }, blocks: ["target.chosen"] },
    { name: "private is not a sharing target", change: { target: { scope: "PRIVATE" } }, blocks: ["target.chosen"] },
    { name: "missing justification and conditions of use", change: { supportDetails: { impact: "x" } }, blocks: ["support.details_complete"] },
    { name: "no support details at all", change: { supportDetails: null }, blocks: ["support.details_complete"] },
    { name: "retired connector", change: { connector: { ...base.connector, lifecycle: "RETIRED" } }, blocks: ["lifecycle.shareable"] },
  ];
  it.each(cases)("$name", ({ change, blocks }) => {
    expect(blockers(computeSharingGates({ ...base, ...change })).sort()).toEqual([...blocks].sort());
  });

  it("tells the maker which support details are missing", () => {
    const g = gate(computeSharingGates({ ...base, supportDetails: { impact: "x" } }), "support.details_complete");
    expect(g?.message).toBe("Fill in the business justification and conditions of use (also missing: access management, dependencies, mitigation plan).");
  });

  it.each([
    { schemes: ["http"], host: "api.contoso.com" },
    { schemes: ["https", "http"], host: "api.contoso.com" },
    { schemes: null, host: "http://api.contoso.com" },
  ])("flags plain HTTP without blocking ($schemes, $host)", ({ schemes, host }) => {
    const gates = computeSharingGates({ ...base, connector: { ...base.connector, schemes, host } });
    expect(gate(gates, "host.https")).toMatchObject({ passed: false, blocking: false });
    expect(blockers(gates)).toEqual([]);
  });

  it("shows which targets could not use the connector", () => {
    const g = gate(
      computeSharingGates({
        ...base,
        targetEligibility: [
          { principalId: "u1", displayName: "Ada", canUse: true },
          { principalId: "u2", displayName: "Bob", canUse: false },
          { principalId: "u3", canUse: false },
        ],
      }),
      "licence.targets",
    );
    expect(g).toMatchObject({ passed: false, blocking: false, message: "2 of 3 targets could not use the connector with their licence: Bob, u3." });
  });

  it("says when the targets' licences were not checked", () => {
    expect(gate(computeSharingGates(base), "licence.targets")?.message).toContain("not checked");
  });
});

describe("the published-duplicate gate (issue 23)", () => {
  const matches = [
    { title: "HubSpot CRM", kind: "independent-publisher" },
    { title: "HubSpot CRM V2", kind: "independent-publisher" },
    { title: "Docusign", kind: "certified" },
    { title: "HubSpot CMS", kind: "independent-publisher" },
  ];
  it("is absent when nothing published matches", () => {
    expect(gate(computeSharingGates({ ...base, publishedDuplicate: { matches: [], reason: null } }), "published.duplicate")).toBeUndefined();
    expect(gate(computeSharingGates(base), "published.duplicate")).toBeUndefined();
  });
  it("tells the reviewer the maker's reason, and never blocks", () => {
    const gates = computeSharingGates({ ...base, publishedDuplicate: { matches, reason: " We need our own scores. " } });
    expect(gate(gates, "published.duplicate")).toEqual({
      code: "published.duplicate",
      passed: true,
      blocking: false,
      message:
        "Duplicates a published connector: Microsoft's repository publishes HubSpot CRM (independent publisher), HubSpot CRM V2 (independent publisher), Docusign (certified) and 1 more for the same API. The maker's reason for a new one: We need our own scores.",
    });
    const silent = gate(computeSharingGates({ ...base, publishedDuplicate: { matches: matches.slice(0, 1), reason: null } }), "published.duplicate");
    expect(silent).toMatchObject({ passed: false, blocking: false });
    expect(silent?.message).toContain("The maker gave no reason for a new one; ask why the published connector does not do.");
    expect(blockers(computeSharingGates({ ...base, publishedDuplicate: { matches, reason: null } }))).toEqual([]);
  });
});
