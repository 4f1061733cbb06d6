import { AGENT_RULES, MCP_TOOL_RULES } from "./agent-rules.ts";
import { API_ANNOTATION_RULES } from "./api-annotation-rules.ts";
import { API_PROPERTIES_RULES } from "./api-properties-rules.ts";
import { DYNAMIC_INVOCATION_RULES } from "./dynamic-invocation-rules.ts";
import { EXTENSION_RULES } from "./extension-rules.ts";
import { FILTER_FUNCTIONS_RULES } from "./filter-functions-rules.ts";
import { MCP_RULES } from "./mcp-rules.ts";
import { METADATA_RULES, SCHEMA_METADATA_RULES } from "./metadata-rules.ts";
import { OPERATION_RULES } from "./operation-rules.ts";
import { PATH_RULES } from "./path-rules.ts";
import { PARAMETER_RULES } from "./parameter-rules.ts";
import { CONVERSION_RULES, PACKAGE_RULES, PARSE_RULES } from "./parse-rules.ts";
import { REFERENCE_RULES } from "./reference-rules.ts";
import { REQUIRED_RULES } from "./required-rules.ts";
import { RESPONSE_RULES } from "./response-rules.ts";
import type { Rule, RuleMeta } from "./rule-types.ts";
import { SCHEMA_COUNT_RULES } from "./schema-count-rules.ts";
import { SCHEMA_ENGINE_RULES } from "./schema-engine-rules.ts";
import { SCHEMA_RULES } from "./schema-rules.ts";
import { SECURITY_RULES } from "./security-rules.ts";
import { STRUCTURE_RULES } from "./structure-rules.ts";
import { VALUE_RULES } from "./value-rules.ts";
import { WEBHOOK_RULES } from "./webhook-rules.ts";

/** Every rule the validator runs, in the order reports list them. */
export const ALL_RULES: Rule[] = [
  ...PARSE_RULES,
  ...PACKAGE_RULES,
  ...CONVERSION_RULES,
  ...SCHEMA_ENGINE_RULES,
  ...STRUCTURE_RULES,
  ...OPERATION_RULES,
  ...PATH_RULES,
  ...PARAMETER_RULES,
  ...API_ANNOTATION_RULES,
  ...EXTENSION_RULES,
  ...RESPONSE_RULES,
  ...SCHEMA_RULES,
  ...SCHEMA_COUNT_RULES,
  ...FILTER_FUNCTIONS_RULES,
  ...DYNAMIC_INVOCATION_RULES,
  ...VALUE_RULES,
  ...REFERENCE_RULES,
  ...REQUIRED_RULES,
  ...SECURITY_RULES,
  ...WEBHOOK_RULES,
  ...API_PROPERTIES_RULES,
  ...MCP_RULES,
  ...AGENT_RULES,
  ...MCP_TOOL_RULES,
  ...METADATA_RULES,
  ...SCHEMA_METADATA_RULES,
];

export interface RuleInfo extends RuleMeta {
  /** Which part of the connector the rule looks at. */
  node: string;
}

/** The public rule table: id, severity, group, description, and whether it runs only in certification mode. */
export const RULES: readonly RuleInfo[] = ALL_RULES.map((r) => ({
  id: r.id,
  severity: r.severity,
  group: r.group,
  description: r.description,
  origin: r.origin,
  isCertificationOnly: r.isCertificationOnly === true,
  isAgentOnly: r.isAgentOnly === true,
  node: r.node,
}));

export const RULES_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((r) => [r.id, r]));
