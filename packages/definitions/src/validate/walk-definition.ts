import { joinPointer } from "../parse/json-pointer.ts";
import type { NodeTargets, RuleFor, TNodeKind, ValidationContext } from "../rules/rule-types.ts";
import type { Issue, TJsonObject, TJsonValue } from "../types.ts";
import { asArray, asObject, HTTP_METHODS } from "./build-context.ts";
import { checkSchemaObject } from "./check-schema-object.ts";

export type RulesByNode = { [K in TNodeKind]: RuleFor<K>[] };
export interface RaisedIssue {
  code: string;
  issue: Issue;
}

/** Deeper schemas are not walked further; SchemaTooDeep reports them. */
export const MAX_SCHEMA_WALK_DEPTH = 64;

/**
 * Visits every node of the definition once and hands it to the rules registered for its kind, so adding
 * a rule never adds a traversal.
 */
export function walkDefinition(ctx: ValidationContext, rules: RulesByNode): RaisedIssue[] {
  const out: RaisedIssue[] = [];
  function run<K extends TNodeKind>(kind: K, target: NodeTargets[K]): void {
    for (const rule of rules[kind]) {
      for (const issue of rule.check(target)) out.push({ code: rule.id, issue });
    }
  }

  /** mode "primitive": a non-body parameter's items, which ajv checks as Swagger's primitivesItems. */
  function walkSchema(value: TJsonValue | undefined, pointer: string, depth: number, mode: "schema" | "responseRoot" | "primitive" = "schema"): void {
    const schema = asObject(value);
    if (!schema) return;
    if (mode !== "primitive") for (const s of checkSchemaObject(schema, pointer, mode === "responseRoot")) out.push({ code: s.code, issue: { message: s.message, path: s.path } });
    if (typeof schema.$ref === "string") {
      run("ref", { pointer, ref: schema.$ref, section: "schema", ctx });
      return;
    }
    run("schema", { pointer, schema, depth, ctx });
    if (depth >= MAX_SCHEMA_WALK_DEPTH) return;
    const props = asObject(schema.properties);
    if (props) for (const key of Object.keys(props)) walkSchema(props[key], joinPointer(pointer, "properties", key), depth + 1);
    const inner = mode === "primitive" ? "primitive" : "schema";
    if (Array.isArray(schema.items)) schema.items.forEach((s, i) => walkSchema(s, joinPointer(pointer, "items", i), depth + 1, inner));
    else walkSchema(schema.items, joinPointer(pointer, "items"), depth + 1, inner);
    walkSchema(schema.additionalProperties, joinPointer(pointer, "additionalProperties"), depth + 1);
    for (const key of ["allOf", "anyOf", "oneOf"]) asArray(schema[key]).forEach((s, i) => walkSchema(s, joinPointer(pointer, key, i), depth + 1));
    walkSchema(schema.not, joinPointer(pointer, "not"), depth + 1);
  }

  function walkParameters(list: TJsonValue | undefined, base: string, operation: NodeTargets["operation"] | undefined): void {
    asArray(list).forEach((entry, i) => {
      const param = asObject(entry);
      if (!param) return;
      const pointer = joinPointer(base, i);
      if (typeof param.$ref === "string") run("ref", { pointer, ref: param.$ref, section: "parameter", ctx });
      else walkParameter(param, pointer, operation);
    });
  }

  function walkParameter(param: TJsonObject, pointer: string, operation: NodeTargets["operation"] | undefined): void {
    run("parameter", { pointer, param, operation, ctx });
    if (param.in === "body") {
      walkSchema(param.schema, joinPointer(pointer, "schema"), 0);
      return;
    }
    // A non-body parameter carries its own type, format, enum and items, so schema rules apply to it too.
    run("schema", { pointer, schema: param, depth: 0, ctx });
    walkSchema(param.items, joinPointer(pointer, "items"), 1, "primitive");
  }

  function walkResponses(responses: TJsonObject, base: string, operation: NodeTargets["operation"] | undefined): void {
    for (const status of Object.keys(responses)) {
      if (status.startsWith("x-")) continue;
      const response = asObject(responses[status]);
      if (!response) continue;
      const pointer = joinPointer(base, status);
      if (typeof response.$ref === "string") {
        run("ref", { pointer, ref: response.$ref, section: "response", ctx });
        continue;
      }
      run("response", { pointer, status, response, operation, ctx });
      walkSchema(response.schema, joinPointer(pointer, "schema"), 0, "responseRoot");
    }
  }

  run("document", { ctx });
  const doc = ctx.doc;
  const byPointer = new Map(ctx.operations.map((o) => [o.pointer, o]));
  const paths = asObject(doc.paths);
  if (paths) {
    for (const path of Object.keys(paths)) {
      if (path.startsWith("x-")) continue;
      const item = asObject(paths[path]);
      if (!item) continue;
      const itemPointer = joinPointer("/paths", path);
      if (typeof item.$ref === "string") run("ref", { pointer: itemPointer, ref: item.$ref, section: "pathItem", ctx });
      run("pathItem", { pointer: itemPointer, path, item, ctx });
      walkParameters(item.parameters, joinPointer(itemPointer, "parameters"), undefined);
      for (const method of HTTP_METHODS) {
        const operation = byPointer.get(joinPointer(itemPointer, method));
        if (!operation) continue;
        run("operation", operation);
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
      if (param) walkParameter(param, joinPointer("/parameters", key), undefined);
    }
  }
  const globalResponses = asObject(doc.responses);
  if (globalResponses) walkResponses(globalResponses, "/responses", undefined);
  const definitions = asObject(doc.definitions);
  if (definitions) for (const key of Object.keys(definitions)) walkSchema(definitions[key], joinPointer("/definitions", key), 0);
  if (ctx.apiProperties) run("apiProperties", { props: ctx.apiProperties, ctx });
  return out;
}
