import ipaddr from "ipaddr.js";

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/**
 * May the hub open a connection to this IP address on a maker's behalf? Only public unicast addresses, plus loopback
 * when the hub runs beside a local API (development, the sample API). Everything private, link-local (cloud metadata
 * at 169.254.169.254), multicast, reserved or unspecified is refused, also when wrapped in an IPv4-mapped IPv6 form.
 */
export function isAllowedAddress(address: string, options: { allowLoopback: boolean }): AddressVerdict {
  if (!ipaddr.isValid(address)) return { allowed: false, reason: `"${address}" is not an IP address.` };
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range === "unicast") return { allowed: true };
  if (range === "loopback") {
    return options.allowLoopback
      ? { allowed: true }
      : { allowed: false, reason: `${address} is a loopback address, which test calls may reach only when the hub runs locally.` };
  }
  return { allowed: false, reason: `${address} is a ${range} address; test calls go only to public addresses.` };
}
