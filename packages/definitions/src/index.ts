export type { Finding, Issue, Position, TJsonObject, TJsonValue, TSeverity } from "./types.ts";
export { parseDefinition, type ParsedDefinition, type ParseOptions } from "./parse/parse-definition.ts";
export { MAX_INPUT_BYTES } from "./parse/decode-input.ts";
export { escapePointerSegment, joinPointer, splitPointer } from "./parse/json-pointer.ts";
export { isLocalRef, resolveJsonPointer, resolveRef } from "./refs/resolve-ref.ts";
export {
  validateConnector,
  summarize,
  type ValidateConnectorOptions,
  type ValidationResult,
  type ValidationSummary,
} from "./validate/validate-connector.ts";
export { RULES, RULES_BY_ID, type RuleInfo } from "./rules/index.ts";
export type { TRuleGroup } from "./rules/rule-types.ts";
