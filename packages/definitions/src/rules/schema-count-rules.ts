import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonValue } from "../types.ts";
import { SCHEMA_COUNT_ESTIMATES, SCHEMA_COUNTS_SEEN } from "./platform-limits.ts";
import { asObject, definitionGraph, definitionTarget, deref, describeOperation } from "./rule-helpers.ts";
import { NONE, defineRule, type OperationTarget, type Rule, type ValidationContext } from "./rule-types.ts";

/**
 * How many schemas a schema stands for once its references are read where they are used. A #/definitions entry's
 * count comes from what the walk met in it (ctx.definitionSizes, its $refs in ctx.schemaRefs), each entry expanded
 * once per document; a reference back into an entry being expanded (a recursive schema) counts as one. The bodies
 * and responses come measured by the walk too (ctx.rootSchemaSizes); anything else is traversed here.
 */
function expandedCounter(ctx: ValidationContext): (value: TJsonValue | undefined) => number {
  return ctx.memo("expanded-schema-counter", () => {
    const graph = definitionGraph(ctx);
    const byName = new Map<string, number>();
    const expanding = new Set<string>();
    const definition = (name: string): number => {
      const known = byName.get(name);
      if (known !== undefined) return known;
      const size = ctx.definitionSizes.get(name);
      if (size === undefined || expanding.has(name)) return 1;
      expanding.add(name);
      // Each $ref the walk counted as one schema stands for the whole definition it names.
      let n = size;
      // A reference into a part of a definition (#/definitions/A/properties/b) stays one schema.
      for (const edge of graph.get(name) ?? []) if (edge.isWhole) n += definition(edge.name) - 1;
      expanding.delete(name);
      byName.set(name, n);
      return n;
    };
    const refCount = (ref: string): number => {
      const target = definitionTarget(ref, ctx);
      return target?.isWhole ? definition(target.name) : 1;
    };
    const count = (value: TJsonValue | undefined, depth: number): number => {
      if (value === null || typeof value !== "object" || Array.isArray(value) || depth > 64) return 0;
      // A body or response schema the walk measured: its size, each of its $refs standing for its definition.
      const measured = depth === 0 ? ctx.rootSchemaSizes.get(value) : undefined;
      if (measured) {
        let n = measured.size;
        for (const ref of measured.refs) n += refCount(ref) - 1;
        return n;
      }
      const ref = value.$ref;
      if (typeof ref === "string") return refCount(ref);
      let n = 1;
      const props = value.properties;
      if (props !== null && typeof props === "object" && !Array.isArray(props)) for (const key in props) n += count(props[key], depth + 1);
      const items = value.items;
      if (Array.isArray(items)) for (const item of items) n += count(item, depth + 1);
      else if (items !== undefined) n += count(items, depth + 1);
      const extra = value.additionalProperties;
      if (extra !== null && typeof extra === "object") n += count(extra, depth + 1);
      const all = value.allOf;
      if (Array.isArray(all)) for (const part of all) n += count(part, depth + 1);
      return n;
    };
    return (value: TJsonValue | undefined) => count(value, 0);
  });
}

/** The operation's body schema count and its whole count (parameters, body, responses). */
function operationCounts(operation: OperationTarget, count: (value: TJsonValue | undefined) => number): { body: number; bodyAt?: string; total: number } {
  let body = 0;
  let bodyAt: string | undefined;
  let total = 0;
  for (const p of operation.parameters) {
    if (p.param.in === "body") {
      body = count(p.param.schema as TJsonValue | undefined);
      bodyAt = p.resolvedPointer;
      total += body;
    } else total += 1;
  }
  const responses = asObject(operation.op.responses) ?? {};
  for (const status of Object.keys(responses)) total += count(deref(asObject(responses[status]), operation.ctx)?.schema);
  return { body, bodyAt, total };
}

const NOT_PUBLISHED = "Microsoft does not publish the limit";
/** A count as a reader takes it: references read where used can multiply past any real number. */
const shown = (n: number) => (n > 1_000_000 ? "over a million" : String(n));

/** Each operation's counts, once per document, after the walk (which measures the definitions). */
function countsByOperation(ctx: ValidationContext) {
  return ctx.memo("operation-schema-counts", () => {
    const count = expandedCounter(ctx);
    return ctx.operations.map((operation) => ({ operation, ...operationCounts(operation, count) }));
  });
}

export const SCHEMA_COUNT_RULES: Rule[] = [
  defineRule({
    id: "BodySchemaCountExceedsMaxAllowed",
    severity: "warning",
    group: "Limits",
    origin: "microsoft",
    description: `A request body holds more than ${SCHEMA_COUNT_ESTIMATES.body} schemas, counting referenced definitions where they are used (the platform's limit is not published; this is an estimate, about three times the largest published connector's).`,
    node: "documentEnd",
    check: ({ ctx }) => {
      let out: Issue[] | undefined;
      for (const { operation, body, bodyAt } of countsByOperation(ctx))
        if (body > SCHEMA_COUNT_ESTIMATES.body && bodyAt !== undefined)
          (out ??= []).push({
            message: `The body of ${describeOperation(operation.op, operation.method, operation.path)} holds ${shown(body)} schemas (properties, items and referenced definitions, each counted where it is used). The platform refuses bodies with too many; ${NOT_PUBLISHED}, and the largest published body we measured holds ${SCHEMA_COUNTS_SEEN.body}. Remove properties the action does not need, or send a part as a JSON string.`,
            path: joinPointer(bodyAt, "schema"),
          });
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "OperationSchemaCountExceedsMaxAllowed",
    severity: "warning",
    group: "Limits",
    origin: "microsoft",
    description: `An operation's parameters, body and responses hold more than ${SCHEMA_COUNT_ESTIMATES.operation} schemas, counting referenced definitions where they are used (the platform's limit is not published; this is an estimate).`,
    node: "documentEnd",
    check: ({ ctx }) => {
      let out: Issue[] | undefined;
      for (const { operation, total } of countsByOperation(ctx))
        if (total > SCHEMA_COUNT_ESTIMATES.operation)
          (out ??= []).push({
            message: `${describeOperation(operation.op, operation.method, operation.path)} holds ${shown(total)} schemas in its parameters, body and responses. The platform refuses operations with too many; ${NOT_PUBLISHED}, and the largest published operation we measured holds ${SCHEMA_COUNTS_SEEN.operation}. Describe only the response properties flows use, or split the operation.`,
            path: operation.pointer,
          });
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "TotalSchemaCountExceedsMaxAllowed",
    severity: "warning",
    group: "Limits",
    origin: "microsoft",
    description: `The document writes more than ${SCHEMA_COUNT_ESTIMATES.document} schema objects (the platform's limit is not published; this is an estimate).`,
    node: "documentEnd",
    check: ({ ctx }) =>
      ctx.schemaObjects > SCHEMA_COUNT_ESTIMATES.document
        ? [
            {
              message: `The definition holds ${ctx.schemaObjects} schema objects. The platform refuses a definition with too many; ${NOT_PUBLISHED}, and the largest published definition we measured writes ${SCHEMA_COUNTS_SEEN.document}. Remove unused definitions and properties, or split the API into several connectors.`,
              path: ctx.doc.definitions === undefined ? "" : "/definitions",
            },
          ]
        : NONE,
  }),
];
