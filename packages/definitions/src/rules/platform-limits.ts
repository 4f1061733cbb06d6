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

/**
 * Schema counts past which the platform refuses a definition (BodySchemaCountExceedsMaxAllowed,
 * OperationSchemaCountExceedsMaxAllowed, TotalSchemaCountExceedsMaxAllowed). Microsoft publishes the codes but not the
 * numbers ("'{0}'" on the page), so these are not the platform's: each is about three times the largest count among
 * the 412 published connectors of ../shared/corpus and 75 certified ones (SCHEMA_COUNTS_SEEN), so that a definition
 * past one is far outside what the platform has accepted. The findings are warnings and say so.
 */
export const SCHEMA_COUNT_ESTIMATES = {
  /** Schemas in one request body, counting each referenced definition where it is used. */
  body: 1000,
  /** Schemas in one operation: its parameters, its body and its responses, references counted where used. */
  operation: 2000,
  /** Schema objects written in the whole document (definitions, parameters, bodies, responses). */
  document: 20000,
} as const;

/** A host or base path that is a template to fill in (`{{replace_with_your_domain}}`, `<your-host>`), not a real value. */
export const PLACEHOLDER = /\{\{[^{}]*\}\}|<[^<>]*>|\[\[[^[\]]*\]\]|^\{[^{}]*\}$|replace[_ -]?with|your[_ -]?(domain|host|instance|tenant|server)/i;

/** The largest counts measured on published connectors (4 Dec 2026): the figures the messages quote. */
export const SCHEMA_COUNTS_SEEN = {
  /** Survalyzer EU, a certified connector. */
  body: 372,
  /** Coupa. */
  operation: 691,
  /** HubSpot CRM V2. */
  document: 4593,
} as const;
