export type TJson = Record<string, unknown>;

export const asObject = (v: unknown): TJson => (v && typeof v === "object" && !Array.isArray(v) ? (v as TJson) : {});
export const asString = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** ISO strings, and Windows PowerShell 5.1's "\/Date(1234567890000)\/" form. */
export function asDate(v: unknown): Date | null {
  if (typeof v !== "string" || !v) return null;
  const ms = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(v);
  const d = ms ? new Date(Number(ms[1])) : new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "/providers/microsoft.powerapps/apis/shared_X" (any case) → "shared_x". */
export function connectorNameFromApiId(id: unknown): string | null {
  const s = asString(id);
  if (!s) return null;
  const last = s.split("/").filter(Boolean).pop();
  return last ? last.toLowerCase() : null;
}
