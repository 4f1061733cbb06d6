export type HostUrl = { scheme: string; host: string; path: string };

/** Splits a connector's host (bare or as a URL) and base path into the parts patterns test. */
export function parseHostUrl(host: string, basePath?: string | null, scheme?: string | null): HostUrl {
  let h = host.trim().toLowerCase();
  let s = (scheme ?? "https").trim().toLowerCase();
  const schemeEnd = h.indexOf("://");
  if (schemeEnd >= 0) {
    s = h.slice(0, schemeEnd);
    h = h.slice(schemeEnd + 3);
  }
  let path = (basePath ?? "").trim().toLowerCase();
  const slash = h.indexOf("/");
  if (slash >= 0) {
    path = h.slice(slash) + path;
    h = h.slice(0, slash);
  }
  if (path !== "" && !path.startsWith("/")) path = `/${path}`;
  return { scheme: s, host: h, path: path.replace(/\/+$/, "") };
}
