// Host URL patterns as tenant DLP policies write them: "*", "*.contoso.com",
// "https://*.contoso.com", "https://api.contoso.com/v2/*". A "*" matches any characters,
// including dots, so "https://*.contoso.com" also covers "https://a.b.contoso.com" but not
// "https://contoso.com" itself. A pattern without a scheme matches any scheme.

import type { HostUrl } from "./parse-host-url.ts";

export type HostPatternMatcher = (url: HostUrl) => boolean;

export function compileHostPattern(pattern: string): HostPatternMatcher {
  const p = pattern.trim().toLowerCase();
  if (p === "*") return () => true;
  const schemeEnd = p.indexOf("://");
  const schemePart = schemeEnd >= 0 ? p.slice(0, schemeEnd) : null;
  const rest = schemeEnd >= 0 ? p.slice(schemeEnd + 3) : p;
  const slash = rest.indexOf("/");
  const hostPart = slash >= 0 ? rest.slice(0, slash) : rest;
  const pathPart = slash >= 0 ? rest.slice(slash) : null;
  const schemeRe = schemePart === null ? null : new RegExp(`^${globToRegex(schemePart)}$`);
  // Without a port of its own, a pattern covers the host on any port.
  const hostRe = new RegExp(`^${globToRegex(hostPart)}${hostPart.includes(":") ? "" : "(:\\d+)?"}$`);
  // Without a path of its own, a pattern covers every path under the host.
  const pathRe = pathPart === null ? null : new RegExp(`^${globToRegex(pathPart.replace(/\/$/, ""))}(/.*)?$`);
  return (url) => (schemeRe === null || schemeRe.test(url.scheme)) && hostRe.test(url.host) && (pathRe === null || pathRe.test(url.path));
}

function globToRegex(glob: string): string {
  return glob
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
}
