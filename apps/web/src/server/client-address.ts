// Who is calling, by network address: the socket's peer, or, when that peer is a proxy listed in HUB_TRUSTED_PROXIES,
// the rightmost X-Forwarded-For hop that is not one of those proxies (everything left of it the client could have
// written itself). server.ts computes it once per request and hands it to the app in CLIENT_ADDRESS_HEADER.
import ipaddr from "ipaddr.js";

/** Set by server.ts from the socket (any value the client sent is removed first); read by the rate limits. */
export const CLIENT_ADDRESS_HEADER = "x-hub-client-address";

/** server.ts sets this variable in its own process, so the app knows the header above is the server's, not a client's. */
export const SERVED_BY_HUB_SERVER = "HUB_SERVED_BY_HUB_SERVER";

export type TrustedProxies = (address: string) => boolean;

function parseAddress(value: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = value
    .trim()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/%.*$/, "");
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
}

/** "10.0.0.0/8, 192.168.1.7, fd00::/8" into a matcher; a bad entry throws with what to write instead. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const ranges = (value ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      try {
        if (entry.includes("/")) return ipaddr.parseCIDR(entry);
        const address = parseAddress(entry);
        if (!address) throw new Error("not an address");
        return [address, address.kind() === "ipv4" ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
      } catch {
        throw new Error(
          `HUB_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range. List your proxies' addresses, e.g. HUB_TRUSTED_PROXIES="10.0.0.0/8, 192.168.1.7".`,
        );
      }
    });
  return (address) => {
    const parsed = parseAddress(address);
    if (!parsed) return false;
    return ranges.some(([range, bits]) => {
      const candidate =
        range.kind() === "ipv4" && parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
      return candidate.kind() === range.kind() && candidate.match(range, bits);
    });
  };
}

/** The caller's address for rate limits and logs. */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, isTrusted: TrustedProxies): string {
  const peer = socketAddress ? parseAddress(socketAddress)?.toString() : undefined;
  if (!peer) return "unknown";
  if (!isTrusted(peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  let nearest = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parseAddress(hops[i]!)?.toString();
    // A hop that is not an address was not written by a proxy we trust: stop at the last one that was.
    if (!hop) return nearest;
    if (!isTrusted(hop)) return hop;
    nearest = hop;
  }
  return nearest;
}
