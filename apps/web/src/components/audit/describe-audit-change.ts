export interface AuditChangeLine {
  field: string;
  before: string | null;
  after: string | null;
}

const FIELD_NAMES: Record<string, string> = {
  connectorVersion: "Connector version",
  sharedVersion: "Version people get",
  riskScore: "Risk score",
  principalType: "Shared with",
  sourceFormat: "Source format",
  createLimit: "Create limit",
  canShare: "May share",
  expiresAt: "Expires",
  startsAt: "Starts",
  planKey: "Plan",
};

const HIDDEN_KEYS: ReadonlySet<string> = new Set(["connectorId", "requestId"]);

/** "riskScore" → "Risk score"; known fields get the words people use. */
export function fieldName(key: string): string {
  if (FIELD_NAMES[key]) return FIELD_NAMES[key];
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A stored value as a sentence fragment: enums as words, lists joined, nested objects as "key: value" pairs, never cut. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (/^[A-Z][A-Z0-9_]+$/.test(value)) {
      const words = value.replace(/_/g, " ").toLowerCase();
      return words.charAt(0).toUpperCase() + words.slice(1);
    }
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return `${value.slice(0, 16).replace("T", " ")} UTC`;
    return value;
  }
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(formatValue).join("; ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${fieldName(k).toLowerCase()} ${formatValue(v)}`)
      .join(", ");
  }
  return String(value);
}

/**
 * The before and after of an audit event as one line per field that changed (or was set), in the order the event
 * stored them: "Stage: Submitted → Maker checks".
 */
export function describeAuditChange(before: unknown, after: unknown): AuditChangeLine[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(before) && !isObject(after)) {
    if (before === null && after === null) return [];
    if ((before === null || before === undefined) && (after === null || after === undefined)) return [];
    return [
      {
        field: "Value",
        before: before === null || before === undefined ? null : formatValue(before),
        after: after === null || after === undefined ? null : formatValue(after),
      },
    ];
  }
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  // Ids of what the event is about are shown by name in the log's "To what" column already.
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HIDDEN_KEYS.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]) || !(k in b))
    .map((k) => ({ field: fieldName(k), before: k in b ? formatValue(b[k]) : null, after: k in a ? formatValue(a[k]) : null }));
}
