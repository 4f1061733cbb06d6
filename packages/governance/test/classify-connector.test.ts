import { describe, expect, it } from "vitest";
import { classifyConnector, compileDlpPolicy, type DlpConnector, type DlpPolicy } from "../src/index.ts";

const policy: DlpPolicy = {
  name: "Tenant default",
  patterns: [
    { order: 3, pattern: "https://*.contoso.com", group: "BUSINESS" },
    { order: 1, pattern: "https://legacy.contoso.com", group: "BLOCKED" },
    { order: 2, pattern: "*.fabrikam.net", group: "NON_BUSINESS" },
    { order: 0, pattern: "*", group: "BLOCKED" }, // "*" decides last even when given the lowest order
    { order: 4, pattern: "https://api.partner.org/v2/*", group: "BUSINESS" },
  ],
  overrides: [
    { connectorName: "Legacy ERP", group: "BUSINESS" },
    { connectorId: "c-42", group: "NON_BUSINESS" },
  ],
};
const conn = (host: string, extra: Partial<DlpConnector> = {}): DlpConnector => ({ id: `id-${host}`, name: `Connector ${host}`, host, ...extra });

describe("classifyConnector", () => {
  it.each<{ label: string; connector: DlpConnector; group: string; kind: string; pattern?: string; by?: string }>([
    { label: "wildcard subdomain", connector: conn("api.contoso.com"), group: "BUSINESS", kind: "pattern", pattern: "https://*.contoso.com" },
    { label: "deeper subdomain", connector: conn("eu.api.contoso.com"), group: "BUSINESS", kind: "pattern", pattern: "https://*.contoso.com" },
    {
      label: "an earlier, more specific pattern wins",
      connector: conn("legacy.contoso.com"),
      group: "BLOCKED",
      kind: "pattern",
      pattern: "https://legacy.contoso.com",
    },
    { label: "the bare domain is not a subdomain", connector: conn("contoso.com"), group: "BLOCKED", kind: "pattern", pattern: "*" },
    { label: "look-alike host", connector: conn("contoso.com.evil.io"), group: "BLOCKED", kind: "pattern", pattern: "*" },
    {
      label: "scheme matters when the pattern has one",
      connector: conn("api.contoso.com", { scheme: "http" }),
      group: "BLOCKED",
      kind: "pattern",
      pattern: "*",
    },
    { label: "host given as a URL", connector: conn("HTTPS://Api.Contoso.com/"), group: "BUSINESS", kind: "pattern", pattern: "https://*.contoso.com" },
    { label: "host with a port", connector: conn("api.contoso.com:8443"), group: "BUSINESS", kind: "pattern", pattern: "https://*.contoso.com" },
    {
      label: "pattern without scheme, http host",
      connector: conn("x.fabrikam.net", { scheme: "http" }),
      group: "NON_BUSINESS",
      kind: "pattern",
      pattern: "*.fabrikam.net",
    },
    {
      label: "path pattern matches the base path",
      connector: conn("api.partner.org", { basePath: "/v2/orders" }),
      group: "BUSINESS",
      kind: "pattern",
      pattern: "https://api.partner.org/v2/*",
    },
    {
      label: "path pattern does not match another path",
      connector: conn("api.partner.org", { basePath: "/v1" }),
      group: "BLOCKED",
      kind: "pattern",
      pattern: "*",
    },
    {
      label: "override by name beats the patterns",
      connector: conn("legacy.contoso.com", { name: "legacy erp" }),
      group: "BUSINESS",
      kind: "override",
      by: "name",
    },
    { label: "override by id beats the patterns", connector: conn("api.contoso.com", { id: "c-42" }), group: "NON_BUSINESS", kind: "override", by: "id" },
  ])("$label -> $group", ({ connector, group, kind, pattern, by }) => {
    const r = classifyConnector({ connector, policy });
    expect(r.group).toBe(group);
    expect(r.decidedBy.kind).toBe(kind);
    if (pattern) expect(r.decidedBy.pattern).toBe(pattern);
    if (by) expect(r.decidedBy.by).toBe(by);
  });

  it("reports the order of the deciding pattern", () => {
    expect(classifyConnector({ connector: conn("api.contoso.com"), policy }).decidedBy).toEqual({
      kind: "pattern",
      pattern: "https://*.contoso.com",
      order: 3,
    });
  });

  it("returns Ignore when the catch-all says Ignore", () => {
    const p: DlpPolicy = { patterns: [{ order: 1, pattern: "*", group: "IGNORE" }], overrides: [] };
    expect(classifyConnector({ connector: conn("api.example.com"), policy: p })).toEqual({
      group: "IGNORE",
      decidedBy: { kind: "pattern", pattern: "*", order: 1 },
    });
  });

  it("does not apply Ignore on a pattern other than '*'", () => {
    const p: DlpPolicy = {
      patterns: [
        { order: 1, pattern: "*.example.com", group: "IGNORE" },
        { order: 2, pattern: "*", group: "BUSINESS" },
      ],
      overrides: [{ connectorName: "Connector api.example.com", group: "IGNORE" }],
    };
    expect(classifyConnector({ connector: conn("api.example.com"), policy: p }).group).toBe("BUSINESS");
  });

  it("falls back to Non-business when no pattern matches", () => {
    const p: DlpPolicy = { patterns: [{ order: 1, pattern: "*.contoso.com", group: "BLOCKED" }], overrides: [] };
    expect(classifyConnector({ connector: conn("api.example.com"), policy: p })).toEqual({ group: "NON_BUSINESS", decidedBy: { kind: "default" } });
  });

  it("a compiled policy classifies the same as classifyConnector", () => {
    const compiled = compileDlpPolicy(policy);
    for (const host of ["api.contoso.com", "legacy.contoso.com", "x.fabrikam.net", "other.io"]) {
      expect(compiled.classify(conn(host))).toEqual(classifyConnector({ connector: conn(host), policy }));
    }
  });
});
