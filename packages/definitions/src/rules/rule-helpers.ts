import { joinPointer, splitPointer } from "../parse/json-pointer.ts";
import type { TJsonObject, TJsonValue } from "../types.ts";
import type { OperationTarget, ValidationContext } from "./rule-types.ts";

export function asObject(value: TJsonValue | undefined): TJsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

export function asArray(value: TJsonValue | undefined): TJsonValue[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: TJsonValue | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Whether a JSON value is of a Swagger type; an absent or unknown type (a typo is another rule's) matches anything. */
export function valueMatchesType(value: TJsonValue, type: string | undefined): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return asObject(value) !== undefined;
    default:
      return true;
  }
}

/** Template variables of a path such as /items/{id}: the text of each {...} that holds no brace. */
export function pathVariables(path: string): string[] {
  const out: string[] = [];
  let open = path.indexOf("{");
  while (open >= 0) {
    const close = path.indexOf("}", open + 1);
    if (close < 0) break;
    const inner = path.indexOf("{", open + 1);
    // "{a{b}": the variable starts at the last "{" before the "}".
    if (inner >= 0 && inner < close) {
      open = inner;
      continue;
    }
    out.push(path.slice(open + 1, close));
    open = path.indexOf("{", close + 1);
  }
  return out;
}

/** An identifier in PascalCase of letters, digits and '_': "list-items" and "List Items" become "ListItems". */
export function pascalCase(value: string): string {
  return value.replace(/[^A-Za-z0-9_]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : "")).replace(/^[a-z]/, (c) => c.toUpperCase());
}

export function describeOperation(op: TJsonObject, method: string, path: string): string {
  return typeof op.operationId === "string" ? `operation "${op.operationId}"` : `operation ${method.toUpperCase()} ${path}`;
}

/**
 * A user value as text for a message or a key. Never throws: String() does for an object whose own
 * "toString" key is not a function ({"toString": 0} in a definition).
 */
export function text(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return String(value);
  } catch {
    return JSON.stringify(value) ?? "?";
  }
}

/** A schema with its $ref followed (up to 32 steps, so a loop ends). */
export function deref(schema: TJsonObject | undefined, ctx: ValidationContext): TJsonObject | undefined {
  let s = schema;
  for (let i = 0; i < 32 && typeof s?.$ref === "string"; i++) s = asObject(ctx.resolve(s.$ref));
  return s;
}

/** The schema of an operation's first successful response (200, 201, then any 2xx), or none. */
export function successSchema(target: OperationTarget): TJsonObject | undefined {
  const responses = asObject(target.op.responses) ?? {};
  const status = ["200", "201", ...Object.keys(responses).filter((s) => /^2\d\d$/.test(s))].find((s) => asObject(responses[s]) !== undefined);
  if (status === undefined) return undefined;
  const response = deref(asObject(responses[status]), target.ctx);
  return deref(asObject(response?.schema), target.ctx);
}

/**
 * A schema object and where it is written (the #/definitions entry for one reached through $ref). The pointer is
 * built when a rule asks for it, which is only when it reports: most sites are read and never reported.
 */
export class TSchemaSite {
  #pointer: string | undefined;
  constructor(
    readonly schema: TJsonObject,
    private readonly parent: TSchemaSite | undefined,
    /** The pointer of a root site; for a nested one, the segments below the parent's pointer. */
    private readonly steps: readonly (string | number)[],
  ) {}

  get pointer(): string {
    this.#pointer ??= this.parent ? joinPointer(this.parent.pointer, ...this.steps) : String(this.steps[0] ?? "");
    return this.#pointer;
  }
}

const MAX_REACH_DEPTH = 32;

/**
 * Every schema reachable from `roots` through local $refs, nested properties, array items and allOf, each object once
 * (a schema shared by several roots is listed at the first place it is reached).
 */
function reachableSchemas(ctx: ValidationContext, roots: TSchemaSite[]): TSchemaSite[] {
  const out: TSchemaSite[] = [];
  const seen = new Set<TJsonObject>();
  const visit = (site: TSchemaSite, depth: number): void => {
    const schema = site.schema;
    if (depth > MAX_REACH_DEPTH || seen.has(schema)) return;
    seen.add(schema);
    if (typeof schema.$ref === "string") {
      const target = schema.$ref.startsWith("#/") ? asObject(ctx.resolve(schema.$ref)) : undefined;
      if (target) visit(new TSchemaSite(target, undefined, [schema.$ref.slice(1)]), depth + 1);
      return;
    }
    out.push(site);
    const properties = asObject(schema.properties);
    if (properties)
      for (const name of Object.keys(properties)) {
        const child = asObject(properties[name]);
        if (child) visit(new TSchemaSite(child, site, ["properties", name]), depth + 1);
      }
    const items = asObject(schema.items);
    if (items) visit(new TSchemaSite(items, site, ["items"]), depth + 1);
    if (schema.allOf !== undefined)
      asArray(schema.allOf).forEach((part, i) => {
        const child = asObject(part);
        if (child) visit(new TSchemaSite(child, site, ["allOf", i]), depth + 1);
      });
  };
  for (const root of roots) visit(root, 0);
  return out;
}

/** Every schema a request sends: those reachable from the operations' body parameters, once per document. */
export function requestBodySchemas(ctx: ValidationContext): TSchemaSite[] {
  return ctx.memo("request-body-schemas", () => {
    const roots: TSchemaSite[] = [];
    const seen = new Set<TJsonObject>();
    for (const o of ctx.operations)
      for (const p of o.parameters) {
        const schema = asObject(p.param.schema);
        if (p.param.in !== "body" || !schema || seen.has(p.param)) continue;
        seen.add(p.param);
        roots.push(new TSchemaSite(schema, undefined, [joinPointer(p.resolvedPointer, "schema")]));
      }
    return reachableSchemas(ctx, roots);
  });
}

/** Every schema a response returns: those reachable from the operations' response schemas, once per document. */
export function responseSchemas(ctx: ValidationContext): TSchemaSite[] {
  return ctx.memo("response-schemas", () => {
    const roots: TSchemaSite[] = [];
    for (const o of ctx.operations) {
      const responses = asObject(o.op.responses) ?? {};
      for (const status of Object.keys(responses)) {
        const schema = asObject(deref(asObject(responses[status]), ctx)?.schema);
        if (schema) roots.push(new TSchemaSite(schema, undefined, [joinPointer(o.pointer, "responses", status, "schema")]));
      }
    }
    return reachableSchemas(ctx, roots);
  });
}

/** Media types a custom connector can send as a request body. */
const SENDABLE_MEDIA_TYPE = /json|form-data|x-www-form-urlencoded|^text\/|octet-stream|^\*\/\*|^image\/|^application\/pdf|^audio\/|^video\//;
export const isSendable = (mediaType: string): boolean => SENDABLE_MEDIA_TYPE.test(mediaType);

/** A $ref into #/definitions: the definition it lands in, and whether it names that definition whole. */
export interface TDefinitionTarget {
  name: string;
  isWhole: boolean;
}

/** Where a local $ref lands among #/definitions, or undefined; read once per $ref text in a document. */
export function definitionTarget(ref: string, ctx: ValidationContext): TDefinitionTarget | undefined {
  const known = ctx.memo("definition-targets", () => new Map<string, TDefinitionTarget | undefined>());
  if (known.has(ref)) return known.get(ref);
  const segments = ref.startsWith("#/definitions/") ? splitPointer(ref) : [];
  const target = segments[1] === undefined ? undefined : { name: segments[1], isWhole: segments.length === 2 };
  known.set(ref, target);
  return target;
}

/** One $ref of a definition into #/definitions: where it lands, where it is written, and its nesting there. */
export interface TDefinitionEdge extends TDefinitionTarget {
  at: string;
  depth: number;
}

/**
 * The reference graph of #/definitions the walk recorded (ctx.schemaRefs): each definition's $refs into
 * #/definitions. Built once per document, after the walk (documentEnd rules), for the rules that need the whole graph.
 */
export function definitionGraph(ctx: ValidationContext): Map<string, TDefinitionEdge[]> {
  return ctx.memo("definition-graph", () => {
    const edges = new Map<string, TDefinitionEdge[]>();
    for (const r of ctx.schemaRefs) {
      const target = definitionTarget(r.ref, ctx);
      if (!target) continue;
      const edge = { ...target, at: r.at, depth: r.depth };
      const list = edges.get(r.from);
      if (list) list.push(edge);
      else edges.set(r.from, [edge]);
    }
    return edges;
  });
}
