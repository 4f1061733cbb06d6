import { lookup as dnsLookup } from "node:dns/promises";
import { isAllowedAddress } from "./is-allowed-address.ts";
import { TestCallError } from "./test-call-error.ts";

export type LookupAll = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface CheckTargetOptions {
  url: string;
  /** The connector's own host (with its port, as the definition's `host` field has it). */
  connectorHost: string;
  allowLoopback: boolean;
  lookup?: LookupAll;
}

export type CheckedTarget = { url: URL; addresses: { address: string; family: number }[] };

const defaultLookup: LookupAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

function sameHost(url: URL, connectorHost: string): boolean {
  const expected = new URL(`${url.protocol}//${connectorHost}`);
  return url.hostname.toLowerCase() === expected.hostname.toLowerCase() && url.port === expected.port;
}

/**
 * Refuses any URL a test call must not reach: another scheme, another host than the connector's own, or a host
 * that resolves to any private or reserved address. Every resolved address is checked, because a name with one
 * public and one private record would otherwise let the connection land on the private one.
 */
export async function checkTarget(options: CheckTargetOptions): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new TestCallError(`"${options.url}" is not a valid URL; check the connector's host and base path.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new TestCallError(`Test calls use http or https only, not ${url.protocol}`);
  if (url.username || url.password) throw new TestCallError("The URL may not carry a user name or password; use the connection fields instead.");
  if (!sameHost(url, options.connectorHost)) {
    throw new TestCallError(`${url.host} is not this connector's host (${options.connectorHost}); test calls go only to the connector's own host.`);
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  try {
    addresses = await (options.lookup ?? defaultLookup)(hostname);
  } catch {
    throw new TestCallError(`The host ${hostname} could not be resolved; check the connector's host name.`);
  }
  if (addresses.length === 0) throw new TestCallError(`The host ${hostname} has no addresses; check the connector's host name.`);
  for (const { address } of addresses) {
    const verdict = isAllowedAddress(address, { allowLoopback: options.allowLoopback });
    if (!verdict.allowed) throw new TestCallError(`Refused ${hostname}: ${verdict.reason}`);
  }
  return { url, addresses };
}
