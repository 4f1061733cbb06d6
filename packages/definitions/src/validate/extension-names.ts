/** The x-ms-* extensions paconn's schema of a definition knows (shared/reference/schemas). */
const KNOWN_EXTENSION_NAMES = new Set(
  (
    "api-annotation capabilities connector-metadata deployment-version docs dynamic-list dynamic-properties dynamic-schema " +
    "dynamic-tree dynamic-values enum enum-values media-kind no-generic-test notification notification-content " +
    "notification-url operation-context pageable parameter-location safe-operation skip-url-encoding summary test-value " +
    "trigger trigger-hint trigger-metadata trigger-value url-encoding visibility"
  )
    .split(" ")
    .map((name) => `x-ms-${name}`),
);
const kebabCase = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[_\s]+/g, "-")
    .toLowerCase();

/**
 * The extension a key that is not allowed was meant to be, or undefined: "X-ms-summary", "x_ms_summary",
 * "ms-visibility", or a known extension's name without its prefix ("visibility", "connectorMetadata").
 * "The property '{0}' is not valid. If this property is an extension, its name must begin with 'x-'" (ExtensionNameNotValid).
 */
export function intendedExtensionName(key: string): string | undefined {
  const known = `x-ms-${kebabCase(key)}`;
  if (KNOWN_EXTENSION_NAMES.has(known)) return known;
  if (/^(x[-_.]|ms[-_]|xms)/i.test(key)) return `x-${key.replace(/^(x[-_.]?)/i, "").replace(/[_.]/g, "-")}`;
  return undefined;
}
