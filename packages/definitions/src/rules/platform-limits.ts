/**
 * The platform's published limits, as data (../shared/reference/power-platform-facts.md: DevHub FAQ and the
 * certification submission guide). Rules read them from here.
 */
export const PLATFORM_LIMITS = {
  /** "Definition file under 1 MB". The platform has accepted certified connectors slightly above it, so exceeding it is a warning. */
  definitionBytes: 1024 * 1024,
  /** "At most 256 operations" per connector. */
  operations: 256,
  /** Longest operationId the platform keeps unchanged. */
  operationIdLength: 128,
  /** Longest operation summary the designer shows. */
  summaryLength: 80,
} as const;

/** A host or base path that is a template to fill in (`{{replace_with_your_domain}}`, `<your-host>`), not a real value. */
export const PLACEHOLDER = /\{\{[^{}]*\}\}|<[^<>]*>|\[\[[^[\]]*\]\]|^\{[^{}]*\}$|replace[_ -]?with|your[_ -]?(domain|host|instance|tenant|server)/i;
