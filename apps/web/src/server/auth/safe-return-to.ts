import "server-only";
/**
 * Where sign-in may send the browser back to: `value` resolved against the hub's public URL with the WHATWG URL
 * parser (the one browsers use, so tabs, backslashes and encoded forms mean here what they mean there), kept only
 * when it lands on the same origin; otherwise "/". Returns a path that stays on that origin however it is resolved.
 */
export function safeReturnTo(value: string | null | undefined, publicUrl: string): string {
  if (!value || value.length > 500) return "/";
  let base: URL;
  let url: URL;
  try {
    base = new URL(publicUrl);
    url = new URL(value, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin || url.username || url.password) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "//host" or "/\host" would be read as another host by whoever resolves the path again.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  if (/^\/auth\/(sign-in|sign-out|callback)/.test(url.pathname)) return "/";
  return path;
}
