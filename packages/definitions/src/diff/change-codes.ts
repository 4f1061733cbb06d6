// One table for every change the diff reports: the kind of a code never varies, so a maker (or a
// pipeline) can filter on the code alone, and DIFF.md / SARIF rules are generated from the same rows.
export const CHANGE_CODES = {
  // Connection level: every flow and app that uses the connector notices.
  HostChanged: { kind: "breaking", summary: "The host changed." },
  BasePathChanged: { kind: "breaking", summary: "The basePath changed." },
  SchemeRemoved: { kind: "breaking", summary: "A URL scheme (https/http) was removed." },
  SecuritySchemeAdded: { kind: "breaking", summary: "Authentication was added or a security scheme was added." },
  SecuritySchemeRemoved: { kind: "breaking", summary: "A security scheme was removed." },
  SecuritySchemeChanged: { kind: "breaking", summary: "A security scheme's type, location, flow, URLs or scopes changed." },
  SecuritySchemeRenamed: { kind: "non-breaking", summary: "A security scheme got a new name but is otherwise the same." },
  // Operation level.
  OperationRemoved: { kind: "breaking", summary: "An operation was removed." },
  OperationIdChanged: { kind: "breaking", summary: "An operation's operationId changed (same method and path)." },
  OperationMethodChanged: { kind: "breaking", summary: "An operation's HTTP method changed." },
  OperationPathChanged: { kind: "breaking", summary: "An operation's path changed." },
  ActionBecameTrigger: { kind: "breaking", summary: "An action became a trigger (x-ms-trigger added)." },
  TriggerBecameAction: { kind: "breaking", summary: "A trigger became an action (x-ms-trigger removed)." },
  TriggerTypeChanged: { kind: "breaking", summary: "A trigger switched between webhook and polling." },
  TriggerCardinalityChanged: { kind: "breaking", summary: "A trigger switched between single and batch." },
  OperationAdded: { kind: "non-breaking", summary: "A new operation." },
  OperationRevisionAdded: { kind: "non-breaking", summary: "A new revision of an operation family (x-ms-api-annotation)." },
  OperationDeprecated: { kind: "non-breaking", summary: "An operation was marked deprecated." },
  OperationUndeprecated: { kind: "non-breaking", summary: "An operation is no longer deprecated." },
  OperationVisibilityChanged: { kind: "non-breaking", summary: "An operation's x-ms-visibility changed." },
  // Request: parameters, and properties of a body parameter (the designer shows both as inputs).
  RequiredParameterAdded: { kind: "breaking", summary: "A new required input without a value the platform fills in." },
  OptionalParameterAdded: { kind: "non-breaking", summary: "A new optional input." },
  ParameterRemoved: { kind: "breaking", summary: "An input was removed." },
  ParameterRenamed: { kind: "breaking", summary: "An input was renamed." },
  ParameterLocationChanged: { kind: "breaking", summary: "An input moved between path, query, header, body and formData." },
  ParameterMadeRequired: { kind: "breaking", summary: "An optional input became required." },
  ParameterMadeOptional: { kind: "non-breaking", summary: "A required input became optional." },
  ParameterTypeNarrowed: { kind: "breaking", summary: "An input's type or format accepts fewer values." },
  ParameterTypeWidened: { kind: "non-breaking", summary: "An input's type or format accepts more values." },
  ParameterEnumValueRemoved: { kind: "breaking", summary: "A value was removed from an input's enum (or an enum was added)." },
  ParameterEnumValueAdded: { kind: "non-breaking", summary: "A value was added to an input's enum (or the enum was lifted)." },
  ParameterMadeInternal: { kind: "breaking", summary: "An input without a default became x-ms-visibility internal." },
  ParameterVisibilityChanged: { kind: "non-breaking", summary: "An input's x-ms-visibility changed without hiding a value flows set." },
  // Responses: what flows read as dynamic content.
  SuccessStatusCodeRemoved: { kind: "breaking", summary: "A 2xx response was removed." },
  ResponseSchemaRemoved: { kind: "breaking", summary: "A success response lost its schema." },
  ResponsePropertyRemoved: { kind: "breaking", summary: "A response property was removed." },
  ResponsePropertyTypeChanged: { kind: "breaking", summary: "A response property's type changed (or turned binary/text)." },
  ResponsePropertyAdded: { kind: "non-breaking", summary: "A new response property." },
  ResponseSchemaAdded: { kind: "non-breaking", summary: "A success response got a schema." },
  ResponsePropertyFormatChanged: { kind: "non-breaking", summary: "A response property's format changed; the type is the same." },
  // Text: titles, summaries and descriptions a maker reads.
  TextChanged: { kind: "non-breaking", summary: "A title, summary or description changed." },
} as const satisfies Record<string, { kind: "breaking" | "non-breaking"; summary: string }>;

const POINTS_INTO_BEFORE = new Set<string>([
  "OperationRemoved",
  "ParameterRemoved",
  "SuccessStatusCodeRemoved",
  "ResponsePropertyRemoved",
  "ResponseSchemaRemoved",
  "SecuritySchemeRemoved",
  "SchemeRemoved",
]);

/** Removals point into the before document (the thing is gone from the after one). */
export function sideOfChange(code: keyof typeof CHANGE_CODES): "before" | "after" {
  return POINTS_INTO_BEFORE.has(code) ? "before" : "after";
}
