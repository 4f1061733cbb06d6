import { nestingFinding, parseDefinition, type ParsedDefinition } from "../parse/parse-definition.ts";
import { ALL_RULES, RULES_BY_ID } from "../rules/index.ts";
import type { NodeCheck, TNodeKind } from "../rules/rule-types.ts";
import type { Finding, TJsonObject } from "../types.ts";
import { asObject, buildContext } from "./build-context.ts";
import { checkApiPropertiesShape } from "./check-api-properties-shape.ts";
import { validateSwaggerSchema } from "./validate-swagger-schema.ts";
import { walkDefinition, walkRule, type RulesByNode, type WalkRule } from "./walk-definition.ts";

export interface ValidateConnectorOptions {
  definition: string | Uint8Array;
  apiProperties?: string | Uint8Array;
  fileName?: string;
  apiPropertiesFileName?: string;
  /** Adds Microsoft's Metadata group: what certification (publishing) requires beyond the platform. */
  certification?: boolean;
  /** The agent-readiness profile: adds what Copilot Studio needs of operations handed to an agent as tools. */
  agent?: boolean;
}

export interface ValidationSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export interface ValidationResult {
  findings: Finding[];
  summary: ValidationSummary;
  /** The parsed definition, when it could be read; lets callers reuse it (catalog, diff). */
  document: TJsonObject | undefined;
}

const NODE_KINDS: TNodeKind[] = ["document", "documentEnd", "pathItem", "operation", "parameter", "response", "schema", "ref", "apiProperties"];

function groupRules(isCertification: boolean, isAgent: boolean): RulesByNode {
  const out = Object.fromEntries(NODE_KINDS.map((k) => [k, []])) as unknown as RulesByNode;
  for (const rule of ALL_RULES) {
    if (rule.node === "engine" || (rule.isCertificationOnly && !isCertification) || (rule.isAgentOnly && !isAgent)) continue;
    (out[rule.node] as WalkRule<typeof rule.node>[]).push(walkRule(rule.id, rule as NodeCheck<typeof rule.node>) as never);
    // A rule that checks a second kind of node runs there with that node's check, under the same id.
    if (rule.also) (out[rule.also.node] as WalkRule<typeof rule.also.node>[]).push(walkRule(rule.id, rule.also as NodeCheck<typeof rule.also.node>) as never);
  }
  return out;
}

const RULE_SETS = {
  default: groupRules(false, false),
  agent: groupRules(false, true),
  certification: groupRules(true, false),
  certificationAgent: groupRules(true, true),
};

function byteLength(input: string | Uint8Array): number {
  return typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
}

export function summarize(findings: Finding[]): ValidationSummary {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") summary.errors++;
    else if (f.severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

function toFinding(code: string, message: string, path: string, parsed: ParsedDefinition, severity?: Finding["severity"]): Finding {
  const { line, column } = parsed.locate(path);
  return { code, severity: severity ?? RULES_BY_ID.get(code)?.severity ?? "error", message, path, line, column, file: parsed.fileName };
}

/**
 * Validates a connector (definition, and apiProperties.json when given) and returns every finding. Never
 * throws for bad input: unreadable files come back as findings.
 */
export function validateConnector(options: ValidateConnectorOptions): ValidationResult {
  const isCertification = options.certification === true;
  const parsed = parseDefinition(options.definition, { fileName: options.fileName ?? "apiDefinition.swagger.json" });
  const findings: Finding[] = [...parsed.findings];
  let props: ParsedDefinition | undefined;
  if (options.apiProperties !== undefined) {
    props = parseDefinition(options.apiProperties, { fileName: options.apiPropertiesFileName ?? "apiProperties.json" });
    findings.push(...props.findings);
  }
  const doc = asObject(parsed.document);
  if (doc) {
    try {
      findings.push(...checkDocument(doc, parsed, props, options, isCertification));
    } catch (error) {
      // Recursion in the JSON Schema validator is the one place a pathologically deep document can still overflow.
      if (!(error instanceof RangeError)) throw error;
      const { code, issue } = nestingFinding(parsed.text);
      const at = parsed.positionAt(issue.offset ?? 0);
      findings.push({ code, severity: "error", message: issue.message, path: "", line: at.line, column: at.column, file: parsed.fileName });
    }
  }
  findings.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
  return { findings, summary: summarize(findings), document: doc };
}

function checkDocument(
  doc: TJsonObject,
  parsed: ParsedDefinition,
  props: ParsedDefinition | undefined,
  options: ValidateConnectorOptions,
  isCertification: boolean,
): Finding[] {
  const findings: Finding[] = [];
  {
    if (doc.swagger === "2.0") {
      for (const issue of validateSwaggerSchema(doc)) findings.push(toFinding(issue.code, issue.message, issue.path, parsed, issue.severity));
    }
    const apiProperties = asObject(props?.document);
    const ctx = buildContext(doc, { isCertification, apiProperties, byteLength: byteLength(options.definition) });
    const rules =
      options.agent === true
        ? isCertification
          ? RULE_SETS.certificationAgent
          : RULE_SETS.agent
        : isCertification
          ? RULE_SETS.certification
          : RULE_SETS.default;
    for (const { code, issue } of walkDefinition(ctx, rules)) {
      const isPropsRule = RULES_BY_ID.get(code)?.node === "apiProperties";
      findings.push(toFinding(code, issue.message, issue.path, isPropsRule && props ? props : parsed, issue.severity));
    }
    // apiProperties.json's shape, under Microsoft's generic codes, placed in that file.
    if (apiProperties && props)
      for (const issue of checkApiPropertiesShape(apiProperties)) findings.push(toFinding(issue.code, issue.message, issue.path, props, issue.severity));
  }
  return findings;
}
