const REDACTED = "[redacted]";
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie"]);

/** A secret as it appears raw, percent-encoded (query strings, paths) and form-encoded ("+" for spaces). */
function spellings(secret: string): string[] {
  const encoded = encodeURIComponent(secret);
  return [...new Set([secret, encoded, new URLSearchParams({ s: secret }).toString().slice(2), encoded.toLowerCase()])];
}

/** Replaces every occurrence of each secret in any spelling (longest first, so a secret inside another is not half-shown). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  const all = secrets.filter((s) => s.length >= 3).flatMap(spellings);
  for (const secret of all.sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
  return out;
}

/** Headers as the Test tab shows them: credentials hidden whatever their name, other values scrubbed of secrets. */
export function redactHeaders(headers: Record<string, string>, secrets: readonly string[], extraNames: readonly string[] = []): Record<string, string> {
  const hidden = new Set([...SECRET_HEADERS, ...extraNames.map((n) => n.toLowerCase())]);
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, hidden.has(name.toLowerCase()) ? REDACTED : redactSecrets(value, secrets)]));
}
