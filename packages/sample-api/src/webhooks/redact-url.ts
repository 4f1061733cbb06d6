// Callback URLs of the platform carry a signature in the query (sig=...) that works like a password,
// so only the origin and path of a URL ever reach a log line.
export function redactUrl(value: string): string {
  try {
    const url = new URL(value, "http://relative.invalid");
    const query = url.search ? "?[redacted]" : "";
    return value.startsWith("/") ? `${url.pathname}${query}` : `${url.origin}${url.pathname}${query}`;
  } catch {
    return "[unparseable url]";
  }
}
