const REDACTED = "[redacted]";
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie"]);

/** Replaces every occurrence of each secret (longest first, so a secret inside another is not half-shown). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
  return out;
}

/** Headers as the Test tab shows them: credentials hidden whatever their name, other values scrubbed of secrets. */
export function redactHeaders(headers: Record<string, string>, secrets: readonly string[], extraNames: readonly string[] = []): Record<string, string> {
  const hidden = new Set([...SECRET_HEADERS, ...extraNames.map((n) => n.toLowerCase())]);
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, hidden.has(name.toLowerCase()) ? REDACTED : redactSecrets(value, secrets)]));
}
