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
  | "ApiProperties"
  | "Agents";

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
  /** Builds a fact once per validation and shares it between rules (and between nodes of one rule). */
  memo: <T>(key: string, build: () => T) => T;
  /** False when no object of the document has the key x-ms-notification-url (the webhook rules need not search). */
  mayHaveNotificationUrl: boolean;
  /** False when no object of the document has a "readOnly" key (noted by the depth check's pass). */
  mayHaveReadOnly: boolean;
  /** False when no object of the document is internal ("x-ms-visibility": "internal") with a default. */
  mayHaveInternalDefault: boolean;
  /** $refs met while walking #/definitions (depth: the nesting within the definition), for the checks that need the whole reference graph. */
  schemaRefs: { from: string; ref: string; at: string; depth: number }[];
  /** Schema objects the walk met in each #/definitions entry (its $refs included, not followed), for the schema counts. */
  definitionSizes: Map<string, number>;
  /** Schema objects the walk met in the whole document, set before documentEnd. */
  schemaObjects: number;
  /** For each body and response schema (the object itself), the schema objects the walk met in it and its $refs. */
  rootSchemaSizes: Map<object, { size: number; refs: string[] }>;
}

export interface ResolvedParameter {
  param: TJsonObject;
  /** Where the maker wrote it: the $ref site or the inline parameter. */
  pointer: string;
  /** Where the resolved parameter lives: the #/parameters entry for a $ref, else the same as pointer. */
  resolvedPointer: string;
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
  /** Runs after the walk, when facts collected on the way (ctx.schemaRefs) are complete. */
  documentEnd: { ctx: ValidationContext };
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
  /** Runs only in the agent-readiness profile (`--profile agent`): what Copilot Studio needs of a tool. */
  isAgentOnly?: boolean;
}

/** A rule's check of one kind of node. */
export interface NodeCheck<K extends TNodeKind> {
  node: K;
  /**
   * Run only on nodes that have one of these keys: for schema rules the schema's (most schemas have few keys, so most
   * rules skip them), for parameter rules the parameter's, for operation rules the operation object's. The check must
   * find nothing on a node without them.
   */
  keys?: readonly string[];
  /** For parameter rules: run only on parameters whose "in" is one of these; for ref rules, on $refs in these sections. */
  locations?: readonly string[];
  /** For schema rules: run only on nodes whose "type" is one of these strings (in place of `keys`; "type" is on most schemas). */
  types?: readonly string[];
  /** For schema rules: run only on nodes nested at least this deep (the walk's depth). */
  minDepth?: number;
  /** Returns NONE (shared, so the common no-finding case allocates nothing) or the issues found. */
  check: (target: NodeTargets[K]) => readonly Issue[];
}

export interface RuleFor<K extends TNodeKind> extends RuleMeta, NodeCheck<K> {
  /** The same check on a second kind of node (a parameter's default, and a schema's), under the rule's one code. */
  also?: { [K2 in TNodeKind]: NodeCheck<K2> }[TNodeKind];
}

/** Findings produced by the engine itself (parsing, JSON Schema) rather than a node check. */
export interface EngineRule extends RuleMeta {
  node: "engine";
}

export type Rule = { [K in TNodeKind]: RuleFor<K> }[TNodeKind] | EngineRule;

export const NONE: readonly Issue[] = Object.freeze([]);

export function defineRule<K extends TNodeKind>(rule: RuleFor<K>): Rule {
  return rule as unknown as Rule;
}
