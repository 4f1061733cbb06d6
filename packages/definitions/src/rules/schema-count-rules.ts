import { joinPointer, splitPointer } from "../parse/json-pointer.ts";
import type { TJsonObject, TJsonValue } from "../types.ts";
import { SCHEMA_COUNT_ESTIMATES } from "./platform-limits.ts";
import { asArray, asObject, deref, describeOperation } from "./rule-helpers.ts";
import { NONE, defineRule, type OperationTarget, type Rule, type ValidationContext } from "./rule-types.ts";

/** The nested schemas of one schema object: properties, items, additionalProperties and allOf entries. */
function childSchemas(schema: TJsonObject): TJsonValue[] {
  const out: TJsonValue[] = [];
  const props = asObject(schema.properties);
  if (props) for (const key in props) out.push(props[key] as TJsonValue);
  if (Array.isArray(schema.items)) out.push(...schema.items);
  else if (schema.items !== undefined) out.push(schema.items);
  if (asObject(schema.additionalProperties)) out.push(schema.additionalProperties as TJsonValue);
  out.push(...asArray(schema.allOf));
  return out;
}

/**
 * How many schemas a schema stands for once its references are read where they are used: each #/definitions entry is
 * counted once per document (memoized), and a reference back into a definition being counted (a recursive schema)
 * counts as one.
 */
function expandedCounter(ctx: ValidationContext): (value: TJsonValue | undefined) => number {
  return ctx.memo("expanded-schema-counter", () => {
    const definitions = asObject(ctx.doc.definitions) ?? {};
    const byName = new Map<string, number>();
    const counting = new Set<string>();
    const count = (value: TJsonValue | undefined, depth: number): number => {
      const schema = asObject(value);
      if (!schema || depth > 256) return 0;
      if (typeof schema.$ref === "string") {
        const segments = splitPointer(schema.$ref);
        const name = segments[0] === "definitions" && segments.length === 2 ? segments[1] : undefined;
        if (name === undefined || counting.has(name) || asObject(definitions[name]) === undefined) return 1;
        const known = byName.get(name);
        if (known !== undefined) return known;
        counting.add(name);
        const n = count(definitions[name], depth + 1);
        counting.delete(name);
        byName.set(name, n);
        return n;
      }
      let n = 1;
      for (const child of childSchemas(schema)) n += count(child, depth + 1);
      return n;
    };
    return (value: TJsonValue | undefined) => count(value, 0);
  });
}

/** The operation's body schema count and its whole count (parameters, body, responses). */
function operationCounts(operation: OperationTarget): { body: number; bodyPointer?: string; total: number } {
  // Both rules read the counts: computed once per operation.
  const known = operation.ctx.memo("operation-schema-counts", () => new Map<OperationTarget, ReturnType<typeof countOperation>>());
  let counts = known.get(operation);
  if (!counts) {
    counts = countOperation(operation);
    known.set(operation, counts);
  }
  return counts;
}

function countOperation(operation: OperationTarget): { body: number; bodyPointer?: string; total: number } {
  const count = expandedCounter(operation.ctx);
  let body = 0;
  let bodyPointer: string | undefined;
  let total = 0;
  for (const p of operation.parameters) {
    if (p.param.in === "body") {
      body = count(p.param.schema as TJsonValue | undefined);
      bodyPointer = joinPointer(p.resolvedPointer, "schema");
      total += body;
    } else total += 1;
  }
  const responses = asObject(operation.op.responses) ?? {};
  for (const status of Object.keys(responses)) total += count(deref(asObject(responses[status]), operation.ctx)?.schema);
  return { body, bodyPointer, total };
}

/** Schema objects written in the document, references not followed; only a large file can pass the estimate. */
function writtenSchemaCount(ctx: ValidationContext): number {
  let n = 0;
  const visit = (value: TJsonValue | undefined, depth: number) => {
    const schema = asObject(value);
    if (!schema || depth > 256) return;
    n++;
    if (typeof schema.$ref !== "string") for (const child of childSchemas(schema)) visit(child, depth + 1);
  };
  const definitions = asObject(ctx.doc.definitions) ?? {};
  for (const key in definitions) visit(definitions[key] as TJsonValue, 0);
  const parameters = asObject(ctx.doc.parameters) ?? {};
  for (const key in parameters) {
    const p = asObject(parameters[key]);
    if (p?.in === "body") visit(p.schema as TJsonValue | undefined, 0);
    else if (p) n++;
  }
  for (const o of ctx.operations) {
    for (const p of asArray(o.op.parameters)) {
      const param = asObject(p);
      if (param?.in === "body") visit(param.schema as TJsonValue | undefined, 0);
      else if (param && typeof param.$ref !== "string") n++;
    }
    const responses = asObject(o.op.responses) ?? {};
    for (const status of Object.keys(responses)) visit(asObject(responses[status])?.schema as TJsonValue | undefined, 0);
  }
  return n;
}

const NOT_PUBLISHED = "Microsoft does not publish the limit";

export const SCHEMA_COUNT_RULES: Rule[] = [
  defineRule({
    id: "BodySchemaCountExceedsMaxAllowed",
    severity: "warning",
    group: "Limits",
    origin: "microsoft",
    description: `A request body holds more than ${SCHEMA_COUNT_ESTIMATES.body} schemas, counting referenced definitions where they are used (the platform's limit is not published; this is an estimate, about three times the largest published connector's).`,
    node: "operation",
    check: (operation) => {
      const { body, bodyPointer } = operationCounts(operation);
      return body > SCHEMA_COUNT_ESTIMATES.body && bodyPointer
        ? [
            {
              message: `The body of ${describeOperation(operation.op, operation.method, operation.path)} holds ${body} schemas (properties, items and referenced definitions, each counted where it is used). The platform refuses bodies with too many; ${NOT_PUBLISHED}, and published connectors stay below ${Math.round(SCHEMA_COUNT_ESTIMATES.body / 3)}. Remove properties the action does not need, or send a part as a JSON string.`,
              path: bodyPointer,
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationSchemaCountExceedsMaxAllowed",
    severity: "warning",
    group: "Limits",
    origin: "microsoft",
    description: `An operation's parameters, body and responses hold more than ${SCHEMA_COUNT_ESTIMATES.operation} schemas, counting referenced definitions where they are used (the platform's limit is not published; this is an estimate).`,
    node: "operation",
    check: (operation) => {
      const { total } = operationCounts(operation);
      return total > SCHEMA_COUNT_ESTIMATES.operation
        ? [
            {
              message: `${describeOperation(operation.op, operation.method, operation.path)} holds ${total} schemas in its parameters, body and responses. The platform refuses operations with too many; ${NOT_PUBLISHED}, and published connectors stay below ${Math.round(SCHEMA_COUNT_ESTIMATES.operation / 3)}. Describe only the response properties flows use, or split the operation.`,
              path: operation.pointer,
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "TotalSchemaCountExceedsMaxAllowed",
    severity: "warning",
    group: "Limits",
    origin: "microsoft",
    description: `The document writes more than ${SCHEMA_COUNT_ESTIMATES.document} schema objects (the platform's limit is not published; this is an estimate).`,
    node: "document",
    // A schema object takes at least a few bytes ("{}" and its key), so a smaller file cannot hold that many.
    check: ({ ctx }) => {
      if (ctx.byteLength < SCHEMA_COUNT_ESTIMATES.document * 5) return NONE;
      const n = writtenSchemaCount(ctx);
      return n > SCHEMA_COUNT_ESTIMATES.document
        ? [
            {
              message: `The definition holds ${n} schema objects. The platform refuses a definition with too many; ${NOT_PUBLISHED}, and published connectors stay below ${Math.round(SCHEMA_COUNT_ESTIMATES.document / 4)}. Remove unused definitions and properties, or split the API into several connectors.`,
              path: "/definitions",
            },
          ]
        : NONE;
    },
  }),
];
