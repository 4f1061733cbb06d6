import { escapePointerSegment, joinPointer } from "../parse/json-pointer.ts";
import type { NodeCheck, NodeTargets, RuleFor, TNodeKind, ValidationContext } from "../rules/rule-types.ts";
import type { Issue, TJsonObject, TJsonValue } from "../types.ts";
import { asArray, asObject } from "./build-context.ts";
import {
  checkClosedExtensions,
  checkExtensionEnums,
  OPERATION_CLOSED_EXTENSION_KEYS,
  OPERATION_EXTENSION_KEYS,
  PARAMETER_EXTENSION_KEYS,
  SCHEMA_CLOSED_EXTENSION_KEYS,
  SCHEMA_EXTENSION_KEYS,
} from "./check-extension-enums.ts";
import { checkSchemaKey, keywordCheck, refSchemaIssues, SCHEMA_KEYWORDS, uniqueItemsIssue, type TKeywordCheck } from "./check-schema-object.ts";

/**
 * What the walk needs of a rule, in one object shape for every rule: the walk reads `check` and `id` at every node, and
 * rule objects of many shapes (with or without keys, also, profile flags) would make those reads megamorphic.
 */
export interface WalkRule<K extends TNodeKind> {
  id: string;
  check: RuleFor<K>["check"];
  keys: readonly string[] | undefined;
  locations: readonly string[] | undefined;
  types: readonly string[] | undefined;
  minDepth: number | undefined;
}
export type RulesByNode = { [K in TNodeKind]: WalkRule<K>[] };

/** A rule's check (its own, or the one of `also`) as the walk runs it. */
export function walkRule<K extends TNodeKind>(id: string, check: NodeCheck<K>): WalkRule<K> {
  return { id, check: check.check, keys: check.keys, locations: check.locations, types: check.types, minDepth: check.minDepth };
}
export interface RaisedIssue {
  code: string;
  issue: Issue;
}

type TSchemaMode = "schema" | "responseRoot" | "primitive";
const COMBINERS = ["allOf", "anyOf", "oneOf"] as const;
const CHILD_PROPERTIES = 1;
const CHILD_ITEMS = 2;
const CHILD_ADDITIONAL = 4;
const CHILD_COMBINERS = 8;
const CHILD_NOT = 16;
/** Not a child: the schema has an extension whose object paconn's schema closes (checked only then). */
const HAS_CLOSED_EXTENSION = 32;
/** Keys under which a schema nests other schemas; the pass over a schema's keys notes which it has. */
const CHILD_BITS = new Map<string, number>([
  ["properties", CHILD_PROPERTIES],
  ["items", CHILD_ITEMS],
  ["additionalProperties", CHILD_ADDITIONAL],
  ["allOf", CHILD_COMBINERS],
  ["anyOf", CHILD_COMBINERS],
  ["oneOf", CHILD_COMBINERS],
  ["not", CHILD_NOT],
  ...SCHEMA_CLOSED_EXTENSION_KEYS.map((key): [string, number] => [key, HAS_CLOSED_EXTENSION]),
]);

/** What one key of a schema means to the walk: all it needs of the key, from one lookup. */
interface SchemaKeyFacts {
  /** The keyword's value check (check-schema-object.ts); undefined for a key Swagger 2.0 does not define. */
  check: TKeywordCheck | undefined;
  /** CHILD_* bit when the key nests schemas, else 0. */
  child: number;
  /** Schema rules this key triggers. */
  rules: WalkRule<"schema">[];
  /** Schema rules this key triggers only with one of these string values (rules with `types`, for the key "type"). */
  byValue: Map<string, WalkRule<"schema">[]> | undefined;
}
interface SchemaRuleIndex {
  always: WalkRule<"schema">[];
  /** Rules with `minDepth`, run only on nodes at least `deepFrom` deep (all share one depth, or the least is used). */
  deep: WalkRule<"schema">[];
  deepFrom: number;
  byKey: Map<string, SchemaKeyFacts>;
}
const schemaIndexes = new WeakMap<WalkRule<"schema">[], SchemaRuleIndex>();

/** Groups schema rules by the keys that trigger them, with each key's keyword check and child bit, once per rule set. */
function indexSchemaRules(list: WalkRule<"schema">[]): SchemaRuleIndex {
  const cached = schemaIndexes.get(list);
  if (cached) return cached;
  const index: SchemaRuleIndex = { always: [], deep: [], deepFrom: Number.POSITIVE_INFINITY, byKey: new Map() };
  const factsOf = (key: string): SchemaKeyFacts => {
    let facts = index.byKey.get(key);
    if (!facts) {
      facts = { check: keywordCheck(key), child: CHILD_BITS.get(key) ?? 0, rules: [], byValue: undefined };
      index.byKey.set(key, facts);
    }
    return facts;
  };
  for (const key of SCHEMA_KEYWORDS) factsOf(key);
  for (const key of CHILD_BITS.keys()) factsOf(key);
  for (const rule of list) {
    if (rule.types) {
      const facts = factsOf("type");
      facts.byValue ??= new Map();
      for (const type of rule.types) facts.byValue.set(type, [...(facts.byValue.get(type) ?? []), rule]);
    } else if (rule.minDepth !== undefined && !rule.keys) {
      // A rule's own check still tests the depth: one threshold for the group keeps the walk's test to one comparison.
      index.deep.push(rule);
      index.deepFrom = Math.min(index.deepFrom, rule.minDepth);
    } else if (!rule.keys) index.always.push(rule);
    else for (const key of rule.keys) factsOf(key).rules.push(rule);
  }
  schemaIndexes.set(list, index);
  return index;
}

/** Deeper schemas are not walked further; SchemaTooDeep reports them. */
export const MAX_SCHEMA_WALK_DEPTH = 64;

/**
 * Visits every node of the definition once and hands it to the rules registered for its kind, so adding
 * a rule never adds a traversal.
 */
export function walkDefinition(ctx: ValidationContext, rules: RulesByNode): RaisedIssue[] {
  const out: RaisedIssue[] = [];
  /** Schema objects met so far (ctx.definitionSizes, ctx.schemaObjects). */
  let schemaObjects = 0;
  /** The $refs met in the body or response schema being walked (ctx.rootSchemaSizes). */
  let rootRefs: string[] | undefined;
  /** Walks a body or response schema and records its size and $refs for the schema counts. */
  function walkRootSchema(value: TJsonValue | undefined, pointer: string, mode: TSchemaMode): void {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    const before = schemaObjects;
    const refs: string[] = [];
    rootRefs = refs;
    walkSchema(value, pointer, 0, mode);
    rootRefs = undefined;
    ctx.rootSchemaSizes.set(value, { size: schemaObjects - before, refs });
  }
  const schemaRules = indexSchemaRules(rules.schema);
  /**
   * The one pass over a schema's keys: reports its keywords' issues (when `withKeywords`), adds the keyed
   * rules its keys trigger to `triggered` (each once, in the order of their first key), and returns which
   * nested schemas it has (CHILD_* bits).
   */
  function scanSchemaKeys(schema: TJsonObject, pointer: string, withKeywords: boolean, triggered: WalkRule<"schema">[]): number {
    let children = 0;
    for (const key in schema) {
      const facts = schemaRules.byKey.get(key);
      if (withKeywords) {
        const issue = checkSchemaKey(key, schema[key] as TJsonValue, facts?.check, pointer);
        if (issue)
          out.push({
            code: issue.code,
            issue: issue.severity ? { message: issue.message, path: issue.path, severity: issue.severity } : { message: issue.message, path: issue.path },
          });
      }
      if (!facts) continue;
      children |= facts.child;
      for (const rule of facts.rules) if (!triggered.includes(rule)) triggered.push(rule);
      if (facts.byValue !== undefined) {
        const value = schema[key];
        const byValue = typeof value === "string" ? facts.byValue.get(value) : undefined;
        if (byValue) for (const rule of byValue) if (!triggered.includes(rule)) triggered.push(rule);
      }
    }
    return children;
  }
  /** Runs the schema rules on one node: those for every schema (or every one this deep), then those its keys triggered. */
  function runSchema(target: NodeTargets["schema"], triggered: WalkRule<"schema">[]): void {
    for (const rule of schemaRules.always) runRule(rule, target);
    if (target.depth >= schemaRules.deepFrom) for (const rule of schemaRules.deep) runRule(rule, target);
    for (const rule of triggered) runRule(rule, target);
  }
  /** Indexed loop: most checks return the shared empty NONE, and this runs for every node and rule. */
  function runRule<K extends TNodeKind>(rule: WalkRule<K>, target: NodeTargets[K]): void {
    const issues = rule.check(target);
    for (let i = 0; i < issues.length; i++) out.push({ code: rule.id, issue: issues[i] as Issue });
  }
  function raise(issues: readonly { code: string; message: string; path: string; severity?: "warning" | "error" }[]): void {
    for (const s of issues)
      out.push({ code: s.code, issue: s.severity ? { message: s.message, path: s.path, severity: s.severity } : { message: s.message, path: s.path } });
  }
  function run<K extends TNodeKind>(kind: K, target: NodeTargets[K]): void {
    const list = rules[kind];
    for (let r = 0; r < list.length; r++) runRule(list[r] as WalkRule<K>, target);
  }
  /** Runs the rules of a $ref in their order, each only in the sections it is for. */
  function runRef(target: NodeTargets["ref"]): void {
    const list = rules.ref;
    for (let r = 0; r < list.length; r++) {
      const rule = list[r] as WalkRule<"ref">;
      if (rule.locations === undefined || rule.locations.includes(target.section)) runRule(rule, target);
    }
  }
  /**
   * Runs the rules of a parameter or an operation in their order, each only where its keys and locations say it can
   * find something (one property read per key instead of a call per rule).
   */
  function runGated<K extends "parameter" | "operation">(kind: K, target: NodeTargets[K], node: TJsonObject): void {
    const list = rules[kind];
    for (let r = 0; r < list.length; r++) {
      const rule = list[r] as WalkRule<K>;
      const keys = rule.keys;
      if (keys !== undefined) {
        let has = false;
        for (let k = 0; k < keys.length && !has; k++) has = node[keys[k] as string] !== undefined;
        if (!has) continue;
      }
      if (rule.locations !== undefined && !rule.locations.includes(node.in as string)) continue;
      runRule(rule, target);
    }
  }

  /** mode "primitive": a non-body parameter's items, which ajv checks as Swagger's primitivesItems. */
  /**
   * The hot loop (a definition is mostly schemas): pointers are built only for children that exist, and
   * `definition` names the #/definitions entry being walked, for the reference graph.
   */
  function walkSchema(value: TJsonValue | undefined, pointer: string, depth: number, mode: TSchemaMode, definition?: string): void {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    schemaObjects++;
    const schema = value;
    // Swagger's primitivesItems (mode "primitive") are ajv's to check, not the Schema Object keyword check's.
    const triggered: WalkRule<"schema">[] = [];
    const children = scanSchemaKeys(schema, pointer, mode !== "primitive", triggered);
    if (schema["x-ms-visibility"] !== undefined) raise(checkExtensionEnums(schema, pointer, SCHEMA_EXTENSION_KEYS));
    if (children & HAS_CLOSED_EXTENSION) raise(checkClosedExtensions(schema, pointer, SCHEMA_CLOSED_EXTENSION_KEYS));
    const ref = schema.$ref;
    if (typeof ref === "string") {
      if (definition !== undefined) ctx.schemaRefs.push({ from: definition, ref, at: pointer + "/$ref", depth });
      else if (rootRefs) rootRefs.push(ref);
      runRef({ pointer, ref, section: "schema", ctx });
      const beside = refSchemaIssues(schema, pointer);
      if (beside) raise(beside);
      return;
    }
    runSchema({ pointer, schema, depth, ctx }, triggered);
    if (depth >= MAX_SCHEMA_WALK_DEPTH || children === 0) return;
    const next = depth + 1;
    const inner: TSchemaMode = mode === "primitive" ? "primitive" : "schema";
    if (children & CHILD_PROPERTIES) {
      const props = schema.properties;
      if (props !== null && typeof props === "object" && !Array.isArray(props)) {
        const base = pointer + "/properties/";
        for (const key in props) walkSchema(props[key], base + escapePointerSegment(key), next, "schema", definition);
      }
    }
    if (children & CHILD_ITEMS) {
      const items = schema.items;
      if (Array.isArray(items)) for (let i = 0; i < items.length; i++) walkSchema(items[i], `${pointer}/items/${i}`, next, inner, definition);
      else if (items !== undefined) walkSchema(items, pointer + "/items", next, inner, definition);
    }
    if (children & CHILD_ADDITIONAL && schema.additionalProperties !== undefined)
      walkSchema(schema.additionalProperties, pointer + "/additionalProperties", next, "schema", definition);
    if (children & CHILD_COMBINERS) {
      for (const key of COMBINERS) {
        const list = schema[key];
        if (Array.isArray(list)) for (let i = 0; i < list.length; i++) walkSchema(list[i], `${pointer}/${key}/${i}`, next, "schema", definition);
      }
    }
    if (children & CHILD_NOT && schema.not !== undefined) walkSchema(schema.not, pointer + "/not", next, "schema", definition);
  }

  function walkParameters(list: TJsonValue | undefined, base: string, operation: NodeTargets["operation"] | undefined): void {
    asArray(list).forEach((entry, i) => {
      const param = asObject(entry);
      if (!param) return;
      const pointer = joinPointer(base, i);
      if (typeof param.$ref === "string") runRef({ pointer, ref: param.$ref, section: "parameter", ctx });
      else walkParameter(param, pointer, operation);
    });
  }

  function walkParameter(param: TJsonObject, pointer: string, operation: NodeTargets["operation"] | undefined): void {
    runGated("parameter", { pointer, param, operation, ctx }, param);
    if (param["x-ms-visibility"] !== undefined || param["x-ms-url-encoding"] !== undefined)
      raise(checkExtensionEnums(param, pointer, PARAMETER_EXTENSION_KEYS));
    if (param["x-ms-dynamic-schema"] !== undefined || param["x-ms-dynamic-properties"] !== undefined || param["x-ms-dynamic-tree"] !== undefined)
      raise(checkClosedExtensions(param, pointer, SCHEMA_CLOSED_EXTENSION_KEYS));
    if (param.in === "body") {
      walkRootSchema(param.schema, joinPointer(pointer, "schema"), "schema");
      return;
    }
    walkPrimitive(param, pointer);
  }

  /**
   * A non-body parameter or a response header: it carries its own type, format, enum and items, so schema rules
   * apply to it too.
   */
  function walkPrimitive(node: TJsonObject, pointer: string): void {
    const triggered: WalkRule<"schema">[] = [];
    scanSchemaKeys(node, pointer, false, triggered);
    // Swagger 2.0 allows uniqueItems here (so the keyword check is off); the platform does not support it.
    if (node.uniqueItems === true) raise([uniqueItemsIssue(pointer)]);
    runSchema({ pointer, schema: node, depth: 0, ctx }, triggered);
    walkSchema(node.items, joinPointer(pointer, "items"), 1, "primitive");
  }

  function walkResponses(responses: TJsonObject, base: string, operation: NodeTargets["operation"] | undefined): void {
    for (const status of Object.keys(responses)) {
      if (status.startsWith("x-")) continue;
      const response = asObject(responses[status]);
      if (!response) continue;
      const pointer = joinPointer(base, status);
      if (typeof response.$ref === "string") {
        runRef({ pointer, ref: response.$ref, section: "response", ctx });
        continue;
      }
      run("response", { pointer, status, response, operation, ctx });
      walkRootSchema(response.schema, joinPointer(pointer, "schema"), "responseRoot");
      const headers = asObject(response.headers);
      // A response header is described as a non-body parameter is (type, format, items, limits).
      if (headers)
        for (const name of Object.keys(headers)) {
          const header = asObject(headers[name]);
          if (header) walkPrimitive(header, joinPointer(pointer, "headers", name));
        }
    }
  }

  /** The payload a webhook posts (x-ms-notification-content on the path item, or misplaced on the operation): an output schema. */
  function walkNotificationContent(owner: TJsonObject, pointer: string): void {
    const content = asObject(owner["x-ms-notification-content"]);
    if (content) walkSchema(content.schema, joinPointer(pointer, "x-ms-notification-content", "schema"), 0, "responseRoot");
  }

  run("document", { ctx });
  const doc = ctx.doc;
  // ctx.operations lists each path item's operations together, in HTTP_METHODS order.
  const operationsByItem = new Map<TJsonObject, NodeTargets["operation"][]>();
  for (const o of ctx.operations) {
    const list = operationsByItem.get(o.pathItem);
    if (list) list.push(o);
    else operationsByItem.set(o.pathItem, [o]);
  }
  const paths = asObject(doc.paths);
  if (paths) {
    for (const path of Object.keys(paths)) {
      if (path.startsWith("x-")) continue;
      const item = asObject(paths[path]);
      if (!item) continue;
      const itemPointer = joinPointer("/paths", path);
      if (typeof item.$ref === "string") runRef({ pointer: itemPointer, ref: item.$ref, section: "pathItem", ctx });
      run("pathItem", { pointer: itemPointer, path, item, ctx });
      walkParameters(item.parameters, joinPointer(itemPointer, "parameters"), undefined);
      walkNotificationContent(item, itemPointer);
      for (const operation of operationsByItem.get(item) ?? []) {
        runGated("operation", operation, operation.op);
        walkNotificationContent(operation.op, operation.pointer);
        raise(checkExtensionEnums(operation.op, operation.pointer, OPERATION_EXTENSION_KEYS));
        raise(checkClosedExtensions(operation.op, operation.pointer, OPERATION_CLOSED_EXTENSION_KEYS));
        walkParameters(operation.op.parameters, joinPointer(operation.pointer, "parameters"), operation);
        const responses = asObject(operation.op.responses);
        if (responses) walkResponses(responses, joinPointer(operation.pointer, "responses"), operation);
      }
    }
  }
  const globalParams = asObject(doc.parameters);
  if (globalParams) {
    for (const key of Object.keys(globalParams)) {
      const param = asObject(globalParams[key]);
      if (!param) continue;
      const pointer = joinPointer("/parameters", key);
      // A definition that is only a $ref to another (ParameterRefLoopNotAllowed) is a reference, not a parameter.
      if (typeof param.$ref === "string") runRef({ pointer, ref: param.$ref, section: "parameter", ctx });
      else walkParameter(param, pointer, undefined);
    }
  }
  const globalResponses = asObject(doc.responses);
  if (globalResponses) walkResponses(globalResponses, "/responses", undefined);
  const definitions = asObject(doc.definitions);
  if (definitions)
    for (const key of Object.keys(definitions)) {
      const before = schemaObjects;
      walkSchema(definitions[key], joinPointer("/definitions", key), 0, "schema", key);
      ctx.definitionSizes.set(key, schemaObjects - before);
    }
  ctx.schemaObjects = schemaObjects;
  if (ctx.apiProperties) run("apiProperties", { props: ctx.apiProperties, ctx });
  run("documentEnd", { ctx });
  return out;
}
