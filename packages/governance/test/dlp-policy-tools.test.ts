import { describe, expect, it } from "vitest";
import { copyDlpPolicy, previewPolicyChange, validateDlpPolicy, type DlpPolicy } from "../src/index.ts";

const good: DlpPolicy = {
  id: "p1",
  name: "Tenant default",
  scope: "TENANT",
  patterns: [
    { order: 1, pattern: "https://*.contoso.com", group: "BUSINESS" },
    { order: 2, pattern: "*", group: "NON_BUSINESS" },
  ],
  overrides: [{ connectorName: "Legacy ERP", group: "BLOCKED" }],
};

describe("validateDlpPolicy", () => {
  it("accepts a well-formed policy", () => {
    expect(validateDlpPolicy(good)).toEqual([]);
  });

  it("accepts Ignore on '*'", () => {
    expect(validateDlpPolicy({ ...good, patterns: [{ order: 1, pattern: "*", group: "IGNORE" }] })).toEqual([]);
  });

  const withPatterns = (patterns: DlpPolicy["patterns"]): DlpPolicy => ({ ...good, patterns });
  const withOverrides = (overrides: DlpPolicy["overrides"]): DlpPolicy => ({ ...good, overrides });
  it.each<{ name: string; policy: DlpPolicy; codes: string[]; path?: string }>([
    { name: "no '*' at all", policy: withPatterns([{ order: 1, pattern: "*.contoso.com", group: "BUSINESS" }]), codes: ["dlp.star_missing"] },
    {
      name: "'*' before another pattern",
      policy: withPatterns([
        { order: 1, pattern: "*", group: "NON_BUSINESS" },
        { order: 2, pattern: "*.contoso.com", group: "BUSINESS" },
      ]),
      codes: ["dlp.star_not_last"],
      path: "/patterns/0/order",
    },
    {
      name: "Ignore on a host pattern",
      policy: withPatterns([
        { order: 1, pattern: "*.contoso.com", group: "IGNORE" },
        { order: 2, pattern: "*", group: "BUSINESS" },
      ]),
      codes: ["dlp.ignore_not_star"],
      path: "/patterns/0/group",
    },
    {
      name: "empty pattern",
      policy: withPatterns([
        { order: 1, pattern: " ", group: "BUSINESS" },
        { order: 2, pattern: "*", group: "BUSINESS" },
      ]),
      codes: ["dlp.pattern_empty"],
    },
    {
      name: "spaces in a pattern",
      policy: withPatterns([
        { order: 1, pattern: "api .contoso.com", group: "BUSINESS" },
        { order: 2, pattern: "*", group: "BUSINESS" },
      ]),
      codes: ["dlp.pattern_invalid"],
    },
    {
      name: "ftp scheme",
      policy: withPatterns([
        { order: 1, pattern: "ftp://files.contoso.com", group: "BUSINESS" },
        { order: 2, pattern: "*", group: "BUSINESS" },
      ]),
      codes: ["dlp.pattern_invalid"],
    },
    {
      name: "duplicate pattern",
      policy: withPatterns([
        { order: 1, pattern: "*.contoso.com", group: "BUSINESS" },
        { order: 2, pattern: "*.CONTOSO.com", group: "BLOCKED" },
        { order: 3, pattern: "*", group: "BUSINESS" },
      ]),
      codes: ["dlp.pattern_duplicate"],
    },
    {
      name: "duplicate order",
      policy: withPatterns([
        { order: 1, pattern: "*.contoso.com", group: "BUSINESS" },
        { order: 1, pattern: "*.fabrikam.com", group: "BLOCKED" },
        { order: 2, pattern: "*", group: "BUSINESS" },
      ]),
      codes: ["dlp.order_duplicate"],
    },
    { name: "override naming nothing", policy: withOverrides([{ group: "BLOCKED" }]), codes: ["dlp.override_target_missing"] },
    { name: "override set to Ignore", policy: withOverrides([{ connectorName: "X", group: "IGNORE" }]), codes: ["dlp.override_ignore"] },
    {
      name: "the same connector classified twice differently",
      policy: withOverrides([
        { connectorName: "X", group: "BLOCKED" },
        { connectorName: "x", group: "BUSINESS" },
      ]),
      codes: ["dlp.override_conflict"],
    },
    {
      name: "unknown group",
      policy: withPatterns([{ order: 1, pattern: "*", group: "GENERAL" as "BUSINESS" }]),
      codes: ["dlp.group_invalid"],
    },
  ])("$name", ({ policy, codes, path }) => {
    const problems = validateDlpPolicy(policy);
    expect(problems.map((p) => p.code)).toEqual(codes);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(20);
    if (path) expect(problems[0]?.path).toBe(path);
  });

  it("says what to do about a missing '*'", () => {
    const [p] = validateDlpPolicy({ ...good, patterns: [] });
    expect(p?.message).toContain('Add "*" as the last pattern');
  });
});

describe("previewPolicyChange", () => {
  const connectors = [
    { id: "1", name: "Invoices", host: "invoices.contoso.com" },
    { id: "2", name: "Weather", host: "api.weather.io" },
    { id: "3", name: "Legacy ERP", host: "erp.contoso.com" },
    { id: "4", name: "Maps", host: "maps.fabrikam.com" },
  ];

  it("lists only the connectors that change group, with the rule before and after", () => {
    const next: DlpPolicy = {
      ...good,
      patterns: [
        { order: 1, pattern: "https://*.contoso.com", group: "BUSINESS" },
        { order: 2, pattern: "https://*.fabrikam.com", group: "BLOCKED" },
        { order: 3, pattern: "*", group: "NON_BUSINESS" },
      ],
    };
    const moved = previewPolicyChange(connectors, good, next);
    expect(moved).toEqual([
      {
        connector: connectors[3],
        from: { group: "NON_BUSINESS", decidedBy: { kind: "pattern", pattern: "*", order: 2 } },
        to: { group: "BLOCKED", decidedBy: { kind: "pattern", pattern: "https://*.fabrikam.com", order: 2 } },
      },
    ]);
  });

  it("shows connectors moving when an override is removed", () => {
    const moved = previewPolicyChange(connectors, good, { ...good, overrides: [] });
    expect(moved.map((m) => [m.connector.name, m.from.group, m.to.group])).toEqual([["Legacy ERP", "BLOCKED", "BUSINESS"]]);
  });

  it("returns nothing for an identical policy", () => {
    expect(previewPolicyChange(connectors, good, copyDlpPolicy(good))).toEqual([]);
  });
});

describe("copyDlpPolicy", () => {
  it("keeps the URL patterns, overrides and scope, under a new name and without the id", () => {
    const copy = copyDlpPolicy(good);
    expect(copy).toEqual({ name: "Copy of Tenant default", scope: "TENANT", patterns: good.patterns, overrides: good.overrides });
    expect(copy.id).toBeUndefined();
  });

  it("is independent of the original", () => {
    const copy = copyDlpPolicy(good, { name: "Finance" });
    expect(copy.name).toBe("Finance");
    expect(copy.patterns).not.toBe(good.patterns);
    expect(copy.patterns[0]).not.toBe(good.patterns[0]);
    expect(copy.overrides[0]).not.toBe(good.overrides[0]);
  });
});
