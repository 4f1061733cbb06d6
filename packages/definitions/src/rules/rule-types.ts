import type { Issue, TJsonObject, TJsonValue, TSeverity } from "../types.ts";

export type TRuleGroup =
  | "Parsing"
  | "Structure"
  | "Operations"
  | "Parameters"
  | "Response"
  | "Security"
  | "Webhooks"
  | "Triggers"
  | "Arrays"
  | "NotSupported"
  | "Properties"
  | "References"
  | "Limits"
  | "Metadata"
  | "ApiProperties";

/** Facts about the whole definition that many rules need; built once per validation. */
export interface ValidationContext {
  doc: TJsonObject;
  isCertification: boolean;
  /** operationId -> pointer of the operation. */
  operationIds: Map<string, string>;
  operations: OperationTarget[];
  apiProperties?: TJsonObject;
  resolve: (ref: string) => TJsonValue | undefined;
  byteLength: number;
}

export interface ResolvedParameter {
  param: TJsonObject;
  /** Where the maker wrote it: the $ref site or the inline parameter. */
  pointer: string;
  isFromPathItem: boolean;
}

export interface OperationTarget {
  pointer: string;
  path: string;
  method: string;
  op: TJsonObject;
  pathItem: TJsonObject;
  parameters: ResolvedParameter[];
  isTrigger: boolean;
  isWebhook: boolean;
  ctx: ValidationContext;
}

export interface NodeTargets {
  document: { ctx: ValidationContext };
  pathItem: { pointer: string; path: string; item: TJsonObject; ctx: ValidationContext };
  operation: OperationTarget;
  parameter: { pointer: string; param: TJsonObject; operation?: OperationTarget; ctx: ValidationContext };
  response: { pointer: string; status: string; response: TJsonObject; operation?: OperationTarget; ctx: ValidationContext };
  schema: { pointer: string; schema: TJsonObject; depth: number; ctx: ValidationContext };
  ref: { pointer: string; ref: string; section: "schema" | "parameter" | "response" | "pathItem"; ctx: ValidationContext };
  apiProperties: { props: TJsonObject; ctx: ValidationContext };
}

export type TNodeKind = keyof NodeTargets;

export interface RuleMeta {
  id: string;
  severity: TSeverity;
  group: TRuleGroup;
  description: string;
  /** "microsoft" when the id is the code Microsoft's validator uses for the same check. */
  origin: "microsoft" | "hub";
  isCertificationOnly?: boolean;
}

export interface RuleFor<K extends TNodeKind> extends RuleMeta {
  node: K;
  check: (target: NodeTargets[K]) => Issue[];
}

/** Findings produced by the engine itself (parsing, JSON Schema) rather than a node check. */
export interface EngineRule extends RuleMeta {
  node: "engine";
}

export type Rule = { [K in TNodeKind]: RuleFor<K> }[TNodeKind] | EngineRule;

export function defineRule<K extends TNodeKind>(rule: RuleFor<K>): Rule {
  return rule as unknown as Rule;
}
