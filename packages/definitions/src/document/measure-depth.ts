import type { TJsonValue } from "../types.ts";

/** The key that marks a webhook's callback URL: the depth pass notes whether a document has it anywhere. */
const NOTIFICATION_URL_KEY = "x-ms-notification-url";
let sawNotificationUrl = false;
const notificationUrlMarked = new WeakMap<object, boolean>();
/** The same for "readOnly", which only RequiredReadOnlyPropertyNotAllowedAsInput needs to look for. */
const READ_ONLY_KEY = "readOnly";
let sawReadOnly = false;
const readOnlyMarked = new WeakMap<object, boolean>();
/** And for an object that is internal ("x-ms-visibility": "internal") and has a default, which two value rules look for. */
const VISIBILITY_KEY = "x-ms-visibility";
let sawInternalDefault = false;
const internalDefaultMarked = new WeakMap<object, boolean>();

function deeper(node: object, depth: number, limit: number): boolean {
  if (depth > limit) return true;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (child !== null && typeof child === "object" && deeper(child, depth + 1, limit)) return true;
    }
    return false;
  }
  const record = node as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (key === NOTIFICATION_URL_KEY) sawNotificationUrl = true;
    else if (key === READ_ONLY_KEY) sawReadOnly = true;
    else if (key === VISIBILITY_KEY && child === "internal" && record.default !== undefined) sawInternalDefault = true;
    if (child !== null && typeof child === "object" && deeper(child, depth + 1, limit)) return true;
  }
  return false;
}

/**
 * Whether objects and arrays (counted alike) nest deeper than `limit` in a parsed document. YAML nests
 * by indentation and JSON objects nest without bracket runs, so the bracket scan done on the text cannot
 * see every case; this runs on the value. The recursion stops at `limit` + 1 frames, so it cannot overflow.
 */
export function exceedsDepth(value: TJsonValue | undefined, limit: number): boolean {
  if (value === null || typeof value !== "object") return false;
  sawNotificationUrl = false;
  sawReadOnly = false;
  sawInternalDefault = false;
  const isTooDeep = deeper(value, 1, limit);
  // The same pass over every key tells whether any object has x-ms-notification-url, which lets the
  // webhook rules skip searching every body schema of the documents that have none (most).
  if (!isTooDeep) {
    notificationUrlMarked.set(value, sawNotificationUrl);
    readOnlyMarked.set(value, sawReadOnly);
    internalDefaultMarked.set(value, sawInternalDefault);
  }
  return isTooDeep;
}

/**
 * Whether some object of the document has the key x-ms-notification-url: true or false for a document
 * that exceedsDepth has seen, undefined for one it has not (callers then search as if it might).
 */
export function hasNotificationUrlKey(document: object): boolean | undefined {
  return notificationUrlMarked.get(document);
}

/** Whether some object of the document has the key "readOnly"; undefined for a document exceedsDepth has not seen. */
export function hasReadOnlyKey(document: object): boolean | undefined {
  return readOnlyMarked.get(document);
}

/** Whether some object of the document is internal with a default; undefined for a document exceedsDepth has not seen. */
export function hasInternalDefault(document: object): boolean | undefined {
  return internalDefaultMarked.get(document);
}
