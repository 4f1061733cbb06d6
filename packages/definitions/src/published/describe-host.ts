// What a connector's host says about the service behind it: the host itself, its registrable domain (from the
// public-suffix list with its private domains: foo.azurewebsites.net and bar.azurewebsites.net are two services,
// api.hubapi.com and app.hubapi.com one), and whether it is a placeholder that names no service.
import { parse } from "tldts";

export interface THostFacts {
  /** Lower-cased, without port or scheme; "" when there is none. */
  host: string;
  /** Registrable domain, or null when the host has none (placeholders, IP addresses, unknown suffixes). */
  domain: string | null;
  /**
   * "none": a real host; "subdomain": a placeholder label in front of a real domain (yourinstance.snowflakecomputing.com),
   * so only the domain counts; "whole": names no service at all (DefinedInConnectionParameters, api.contoso.com,
   * yourhost.yourdomain.com), so only title and operations match.
   */
  placeholder: "none" | "subdomain" | "whole";
}

/** Domains that documentation uses as examples (RFC 2606 and Microsoft's sample companies). */
const EXAMPLE_DOMAINS = new Set(["example.com", "example.net", "example.org", "contoso.com", "fabrikam.com", "northwindtraders.com", "adventure-works.com"]);
const RESERVED_SUFFIXES = new Set(["example", "test", "invalid", "localhost", "local", "internal"]);
/** Labels that stand for "put yours here". */
const PLACEHOLDER_LABEL =
  /^(your|my-?(domain|instance|site|tenant|company|host|server))|^(example|contoso|fabrikam|placeholder|tobereplaced|tenant|instance|dynamichosturl|hostname)$/i;

export function describeHost(raw: string | null | undefined): THostFacts {
  const host = (raw ?? "")
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")
    .replace(/[/?#].*$/, "")
    .replace(/:\d+$/, "")
    .replace(/\.$/, "")
    .toLowerCase();
  const whole: THostFacts = { host, domain: null, placeholder: "whole" };
  if (host === "" || host === "definedinconnectionparameters" || /[^a-z0-9.\-_[\]:]/.test(host) || !host.includes(".")) return whole;
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp) return isLoopbackOrPrivateIp(host) ? whole : { host, domain: null, placeholder: "none" };
  const domain = parsed.domain;
  if (!domain || !parsed.publicSuffix || RESERVED_SUFFIXES.has(parsed.publicSuffix) || EXAMPLE_DOMAINS.has(domain)) return whole;
  const domainLabels = domain
    .slice(0, domain.length - parsed.publicSuffix.length)
    .split(".")
    .filter(Boolean);
  if (domainLabels.some((l) => PLACEHOLDER_LABEL.test(l))) return whole;
  const subdomainLabels = (parsed.subdomain ?? "").split(".").filter(Boolean);
  if (subdomainLabels.some((l) => PLACEHOLDER_LABEL.test(l))) return { host, domain, placeholder: "subdomain" };
  return { host, domain, placeholder: "none" };
}

function isLoopbackOrPrivateIp(host: string): boolean {
  return /^(127\.|10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|0\.)/.test(host) || host.startsWith("[") || host === "::1";
}
