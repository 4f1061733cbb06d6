import { describe, expect, it } from "vitest";
import { checkTarget, type LookupAll } from "../src/server/test-calls/check-target.ts";
import { isAllowedAddress } from "../src/server/test-calls/is-allowed-address.ts";

// A resolver that answers from a fixed table, standing in for DNS (the checks under test are ours, the DNS is not).
const dns =
  (table: Record<string, string[]>): LookupAll =>
  async (hostname) => {
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

describe("isAllowedAddress", () => {
  it.each([
    ["93.184.216.34", true],
    ["2606:4700::6810:84e5", true],
    ["10.1.2.3", false],
    ["172.16.0.9", false],
    ["192.168.1.20", false],
    ["169.254.169.254", false], // cloud metadata
    ["100.64.0.1", false],
    ["0.0.0.0", false],
    ["224.0.0.1", false],
    ["fd00::1", false],
    ["fe80::1", false],
    ["::ffff:10.0.0.1", false], // a private IPv4 address dressed as IPv6
    ["::ffff:8.8.8.8", true],
  ])("%s allowed: %s", (address, expected) => {
    expect(isAllowedAddress(address, { allowLoopback: true }).allowed).toBe(expected);
  });

  it("allows loopback only when the hub runs locally", () => {
    for (const address of ["127.0.0.1", "127.8.9.1", "::1", "::ffff:127.0.0.1"]) {
      expect(isAllowedAddress(address, { allowLoopback: true }).allowed).toBe(true);
      const refused = isAllowedAddress(address, { allowLoopback: false });
      expect(refused.allowed).toBe(false);
      expect(refused.allowed ? "" : refused.reason).toMatch(/loopback/);
    }
  });

  it("refuses what is not an address", () => {
    expect(isAllowedAddress("not-an-ip", { allowLoopback: true })).toEqual({ allowed: false, reason: '"not-an-ip" is not an IP address.' });
  });
});

describe("checkTarget", () => {
  const lookup = dns({
    "api.contoso.example": ["93.184.216.34"],
    "split.contoso.example": ["93.184.216.34", "10.0.0.5"],
    "inner.contoso.example": ["192.168.0.10"],
  });

  it("accepts the connector's own host when every address is public", async () => {
    const target = await checkTarget({ url: "https://api.contoso.example/v1/things?x=1", connectorHost: "api.contoso.example", allowLoopback: false, lookup });
    expect(target.addresses.map((a) => a.address)).toEqual(["93.184.216.34"]);
  });

  it("refuses another host, and the same host on another port", async () => {
    await expect(checkTarget({ url: "https://evil.example/steal", connectorHost: "api.contoso.example", allowLoopback: false, lookup })).rejects.toThrow(
      "evil.example is not this connector's host (api.contoso.example); test calls go only to the connector's own host.",
    );
    await expect(checkTarget({ url: "https://api.contoso.example:8443/", connectorHost: "api.contoso.example", allowLoopback: false, lookup })).rejects.toThrow(
      /not this connector's host/,
    );
  });

  it("refuses a host when any one of its addresses is private", async () => {
    await expect(checkTarget({ url: "https://split.contoso.example/", connectorHost: "split.contoso.example", allowLoopback: true, lookup })).rejects.toThrow(
      /10\.0\.0\.5 is a private address/,
    );
    await expect(checkTarget({ url: "https://inner.contoso.example/", connectorHost: "inner.contoso.example", allowLoopback: true, lookup })).rejects.toThrow(
      /private address/,
    );
  });

  it("refuses other schemes, credentials in the URL and names that do not resolve", async () => {
    await expect(checkTarget({ url: "file:///etc/passwd", connectorHost: "api.contoso.example", allowLoopback: false, lookup })).rejects.toThrow(
      /http or https only/,
    );
    await expect(checkTarget({ url: "https://u:p@api.contoso.example/", connectorHost: "api.contoso.example", allowLoopback: false, lookup })).rejects.toThrow(
      /user name or password/,
    );
    await expect(checkTarget({ url: "https://gone.contoso.example/", connectorHost: "gone.contoso.example", allowLoopback: false, lookup })).rejects.toThrow(
      /could not be resolved/,
    );
  });

  it("resolves real names: localhost is loopback, refused unless the hub runs locally", async () => {
    await expect(checkTarget({ url: "http://localhost:3001/x", connectorHost: "localhost:3001", allowLoopback: false })).rejects.toThrow(/loopback/);
    await expect(checkTarget({ url: "http://localhost:3001/x", connectorHost: "localhost:3001", allowLoopback: true })).resolves.toBeTruthy();
  });
});
