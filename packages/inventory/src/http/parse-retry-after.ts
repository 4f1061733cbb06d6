/**
 * Milliseconds to wait from a Retry-After header: delta-seconds ("5") or an HTTP-date; a duration string such as
 * "00:00:05" (Azure Resource Graph's x-ms-user-quota-resets-after style) is accepted too. Undefined when absent or
 * unreadable, so the caller falls back to its own back-off.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const hms = /^(\d+):(\d{2}):(\d{2})$/.exec(text);
  if (hms) return (Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3])) * 1000;
  const date = Date.parse(text);
  if (!Number.isNaN(date)) return Math.max(0, date - now);
  return undefined;
}
