import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "../src/server/client-address.ts";

describe("the client address for rate limits", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.7 fd00::/8");

  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.9", "1.1.1.1", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:127.0.0.1", "1.1.1.1, 2.2.2.2", none)).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, "1.1.1.1", none)).toBe("unknown");
  });

  it("is the rightmost untrusted hop behind trusted proxies", () => {
    expect(resolveClientAddress("10.1.2.3", "198.51.100.7", proxies)).toBe("198.51.100.7");
    // The client wrote "6.6.6.6" itself; the proxies appended the real address and each other.
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.168.1.7", proxies)).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:10.1.2.3", ["6.6.6.6", "198.51.100.7"], proxies)).toBe("198.51.100.7");
    expect(resolveClientAddress("fd00::1", "2001:db8::5", proxies)).toBe("2001:db8::5");
  });

  it("does not read X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress("198.51.100.7", "10.0.0.1", proxies)).toBe("198.51.100.7");
  });

  it("stops at the last trusted hop when a hop is not an address, or all are trusted", () => {
    expect(resolveClientAddress("10.1.2.3", "junk, 192.168.1.7", proxies)).toBe("192.168.1.7");
    expect(resolveClientAddress("10.1.2.3", "", proxies)).toBe("10.1.2.3");
  });

  it("refuses a bad HUB_TRUSTED_PROXIES entry with what to write", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.internal")).toThrow(/"proxy\.internal" is not an IP address or CIDR range/);
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/HUB_TRUSTED_PROXIES/);
  });
});
