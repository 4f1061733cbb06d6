import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonObject, TJsonValue } from "../types.ts";
import { asObject, asString, deref, successSchema, text } from "./rule-helpers.ts";
import { NONE, defineRule, type OperationTarget, type ResolvedParameter, type Rule, type ValidationContext } from "./rule-types.ts";

// What a dynamic extension (x-ms-dynamic-values, -schema, -list, -properties) asks of the operation it calls and of the
// parameters it passes, as "Fix Swagger Validator errors" describes the codes. All warnings: the checks need the
// called operation's declared shape, which the platform may fill in differently (defaults, policies).

const LEGACY = ["x-ms-dynamic-values", "x-ms-dynamic-schema"] as const;
/** The newer dynamic extensions, whose arguments name what they pass with {"parameterReference": "name" or "body/a/b"}. */
const NEWER = ["x-ms-dynamic-list", "x-ms-dynamic-properties"] as const;
const ALL_DYNAMIC = [...LEGACY, ...NEWER] as const;
const isLegacy = (ext: string): ext is TLegacy => (LEGACY as readonly string[]).includes(ext);
/** How an argument that passes a parameter of this operation is written in each extension. */
const passParameter = (ext: string) =>
  isLegacy(ext) ? '{"parameter": "<a parameter of this operation>"}' : '{"parameterReference": "<a parameter of this operation>"}';
type TLegacy = (typeof LEGACY)[number];
/** The newer extension each legacy one needs when it cannot say what it means. */
const SUCCESSOR: Record<TLegacy, "x-ms-dynamic-list" | "x-ms-dynamic-properties"> = {
  "x-ms-dynamic-values": "x-ms-dynamic-list",
  "x-ms-dynamic-schema": "x-ms-dynamic-properties",
};

/** One entry of a legacy extension's "parameters": a reference to a parameter of this operation, or a value. */
type TArgument = { kind: "parameter"; name: string } | { kind: "value"; value: TJsonValue } | undefined;

function argumentOf(value: TJsonValue | undefined): TArgument {
  const obj = asObject(value);
  if (!obj) return value === undefined || value === null ? undefined : { kind: "value", value };
  if (typeof obj.parameter === "string") return { kind: "parameter", name: obj.parameter };
  // x-ms-dynamic-list and -properties write {"parameterReference": "name"} (or "body/path") for the same thing.
  if (typeof obj.parameterReference === "string") return { kind: "parameter", name: obj.parameterReference };
  if ("value" in obj) return obj.value === undefined || obj.value === null ? undefined : { kind: "value", value: obj.value };
  return undefined;
}

/** The Swagger type of a parameter: its own `type`, or a body parameter's schema type. */
const typeOf = (p: TJsonObject) => asString(p.in === "body" ? asObject(p.schema)?.type : p.type);

const jsonTypeOf = (v: TJsonValue) =>
  Array.isArray(v) ? "array" : typeof v === "number" ? (Number.isInteger(v) ? "integer" : "number") : v === null ? "null" : typeof v;

/** Whether a value or parameter of type `given` can be sent where `wanted` is declared (integers are numbers). */
const typeFits = (given: string, wanted: string) => given === wanted || (given === "integer" && wanted === "number");

/** A fixed value fits a non-body parameter also as the text of one: query and header values travel as strings ("100"). */
function valueFits(value: TJsonValue, wanted: string, isBody: boolean): boolean {
  if (typeFits(jsonTypeOf(value), wanted)) return true;
  if (isBody || typeof value !== "string") return false;
  if (wanted === "integer") return /^-?\d+$/.test(value.trim());
  if (wanted === "number") return value.trim() !== "" && Number.isFinite(Number(value));
  if (wanted === "boolean") return value === "true" || value === "false";
  return false;
}

const withArticle = (type: string) => `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;

/**
 * The operation a node belongs to: the one its pointer lies under, or for a property of a #/definitions entry, the
 * first operation whose body parameter's schema is that definition (a $ref to it); none otherwise.
 */
function ownerOf(ctx: ValidationContext, pointer: string): OperationTarget | undefined {
  const byPointer = ctx.memo("dynamic-owner", () => new Map(ctx.operations.map((o) => [o.pointer, o])));
  const [, section, name, method] = pointer.split("/");
  if (section === "paths") return name !== undefined && method !== undefined ? byPointer.get(`/paths/${name}/${method}`) : undefined;
  if (section !== "definitions" || name === undefined) return undefined;
  const byBody = ctx.memo("dynamic-owner-by-body", () => {
    const map = new Map<string, OperationTarget>();
    for (const o of ctx.operations) {
      const ref = asString(asObject(o.parameters.find((p) => p.param.in === "body")?.param.schema)?.$ref);
      if (ref?.startsWith("#/definitions/") && !map.has(ref.slice("#/definitions/".length))) map.set(ref.slice("#/definitions/".length), o);
    }
    return map;
  });
  return byBody.get(name);
}

const targetOf = (ctx: ValidationContext, id: string | undefined) =>
  id === undefined ? undefined : ctx.memo("dynamic-targets", () => new Map(ctx.operations.map((o) => [asString(o.op.operationId), o]))).get(id);

interface TCall {
  ext: TLegacy | (typeof NEWER)[number];
  at: string;
  value: TJsonObject;
  target: OperationTarget | undefined;
  owner: OperationTarget | undefined;
  args: [string, TArgument][];
}

/**
 * The dynamic extensions on a node (legacy and newer), with the operation they call and the arguments they pass:
 * built once per node and shared by the rules below.
 */
function callsOn(schema: TJsonObject, pointer: string, ctx: ValidationContext): TCall[] {
  return ctx.memo(`dynamic-calls ${pointer}`, () => buildCalls(schema, pointer, ctx));
}

function buildCalls(schema: TJsonObject, pointer: string, ctx: ValidationContext): TCall[] {
  const calls: TCall[] = [];
  for (const ext of [...LEGACY, ...NEWER]) {
    const value = asObject(schema[ext]);
    if (!value) continue;
    const params = asObject(value.parameters) ?? {};
    calls.push({
      ext,
      at: joinPointer(pointer, ext),
      value,
      target: targetOf(ctx, asString(value.operationId)),
      owner: ownerOf(ctx, pointer),
      args: Object.keys(params).map((k) => [k, argumentOf(params[k])]),
    });
  }
  return calls;
}

const byName = (params: ResolvedParameter[], name: string) => params.filter((p) => p.param.name === name);

interface TArgumentSite {
  call: TCall;
  name: string;
  arg: NonNullable<TArgument>;
  /** The called operation's parameter of that name. */
  wanted: ResolvedParameter | undefined;
  /** The parameter of this operation a {"parameter": ...} argument names, when exactly one has that name. */
  source: ResolvedParameter | undefined;
}

/**
 * The loop the argument rules share: `judge` looks at each argument a node's legacy dynamic extensions pass (only
 * `ext`'s when given) and returns a message, or undefined when the argument is fine; each message is placed at its
 * argument.
 */
function argumentIssues(
  node: { schema: TJsonObject; pointer: string; ctx: ValidationContext },
  judge: (site: TArgumentSite) => string | undefined,
  ext?: TLegacy,
): readonly Issue[] {
  let out: Issue[] | undefined;
  for (const call of callsOn(node.schema, node.pointer, node.ctx)) {
    if (ext !== undefined && call.ext !== ext) continue;
    for (const [name, arg] of call.args) {
      if (!arg) continue;
      const sources = arg.kind === "parameter" && call.owner ? byName(call.owner.parameters, arg.name) : [];
      const message = judge({
        call,
        name,
        arg,
        wanted: call.target ? byName(call.target.parameters, name)[0] : undefined,
        source: sources.length === 1 ? sources[0] : undefined,
      });
      if (message !== undefined) (out ??= []).push(issue(message, joinPointer(call.at, "parameters", name)));
    }
  }
  return out ?? NONE;
}

/**
 * Whether a parameterReference of the owner operation names something internal: a parameter ("top"), or a property
 * of a parameter's schema ("body/item/kind"), where the parameter, a property on the way or the property itself is
 * internal.
 */
function isInternalReference(owner: OperationTarget, reference: string): boolean {
  const [first, ...rest] = reference.split("/");
  const param = owner.parameters.find((p) => p.param.name === first)?.param;
  if (!param) return false;
  if (param["x-ms-visibility"] === "internal") return true;
  let schema = deref(asObject(param.schema), owner.ctx);
  for (const segment of rest) {
    if (!schema || schema["x-ms-visibility"] === "internal") return schema !== undefined;
    schema = deref(asObject(asObject(schema.properties)?.[segment]), owner.ctx);
  }
  return schema?.["x-ms-visibility"] === "internal";
}

/** Top-level property names of the owner operation's body schema ($ref followed once). */
function bodyProperties(owner: OperationTarget): Set<string> {
  const body = owner.parameters.find((p) => p.param.in === "body");
  let schema = asObject(body?.param.schema);
  if (typeof schema?.$ref === "string") schema = asObject(owner.ctx.resolve(schema.$ref));
  return new Set(Object.keys(asObject(schema?.properties) ?? {}));
}

/** A schema with $ref followed (one hop at a time, at most 32, so a loop ends). */
/**
 * Follows a slash-separated property path ("value", "data/items") through a response schema. `missing` names the
 * first segment an object schema with declared properties does not have; `schema` is what the path ends at, or
 * undefined when the schema does not say (no properties declared, allOf, additionalProperties).
 */
function follow(root: TJsonObject, path: string, ctx: ValidationContext): { schema?: TJsonObject; missing?: string } {
  let s: TJsonObject | undefined = root;
  for (const segment of path.split("/").filter(Boolean)) {
    const props = asObject(s?.properties);
    if (!s || !props || s.allOf !== undefined) return {};
    // Matched without regard to case: published connectors write "Markets" for a response's "markets", and work.
    const key = Object.hasOwn(props, segment) ? segment : Object.keys(props).find((k) => k.toLowerCase() === segment.toLowerCase());
    if (key === undefined) return s.additionalProperties === undefined || s.additionalProperties === false ? { missing: segment } : {};
    s = deref(asObject(props[key]), ctx);
  }
  return { schema: s };
}

const issue = (message: string, path: string): Issue => ({ message, path });

/**
 * Arguments that pass a parameter this operation does not have (nor a body property of that name, which the
 * non-parameter reference codes report): the other reading of OperationParameterNameNotFound, whose message names
 * no side ("The parameter could not be found in operation '{0}'").
 */
export function unknownSourceIssues(node: { schema: TJsonObject; pointer: string; ctx: ValidationContext }): readonly Issue[] {
  return argumentIssues(node, ({ call, name, arg }) => {
    if (arg.kind !== "parameter" || arg.name.includes("/") || !call.owner) return undefined;
    if (byName(call.owner.parameters, arg.name).length > 0 || bodyProperties(call.owner).has(arg.name)) return undefined;
    return `${call.ext} fills "${name}" from "${arg.name}", but ${describeOwner(call.owner)} has no parameter named "${arg.name}". Name one of its parameters, or pass a {"value": ...}.`;
  });
}

const describeOwner = (o: OperationTarget) =>
  typeof o.op.operationId === "string" ? `operation "${o.op.operationId}"` : `${o.method.toUpperCase()} ${o.path}`;

export const DYNAMIC_INVOCATION_RULES: Rule[] = [
  defineRule({
    id: "OperationMissingRequiredProperty",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "A dynamic extension (x-ms-dynamic-values, -schema, -list, -properties) calls an operation without passing one of its required parameters.",
    node: "schema",
    keys: ALL_DYNAMIC,
    check: ({ schema, pointer, ctx }) => {
      let out: Issue[] | undefined;
      for (const call of callsOn(schema, pointer, ctx)) {
        if (!call.target) continue;
        const passed = new Set(call.args.map(([name]) => name));
        for (const p of call.target.parameters) {
          const name = text(p.param.name);
          // A body is not passed this way; a default is sent by the platform when nothing is passed.
          if (p.param.required !== true || p.param.in === "body" || p.param.default !== undefined || passed.has(name)) continue;
          (out ??= []).push(
            issue(
              `${call.ext} calls "${text(call.value.operationId)}" without its required parameter "${name}", so the list cannot be loaded. Add "${name}" to "parameters", as ${passParameter(call.ext)} or {"value": ...}.`,
              call.at,
            ),
          );
        }
      }
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "OperationParameterRequiredMismatch",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "A required parameter of the called operation is filled from an optional parameter of this one.",
    node: "schema",
    keys: ALL_DYNAMIC,
    check: (node) =>
      argumentIssues(node, ({ call, name, arg, wanted, source }) => {
        if (arg.kind !== "parameter" || wanted?.param.required !== true || wanted.param.default !== undefined || !source) return undefined;
        if (source.param.required === true || source.param.default !== undefined) return undefined;
        return `"${name}" is required by "${text(call.value.operationId)}", but ${call.ext} fills it from "${arg.name}", which is optional here: until the user fills "${arg.name}", the call cannot be made. Make "${arg.name}" required, give it a default, or pass a {"value": ...}.`;
      }),
  }),
  defineRule({
    id: "OperationParameterTypeMismatch",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "A parameter of the called operation is filled from a parameter of this one of another type.",
    node: "schema",
    keys: ALL_DYNAMIC,
    check: (node) =>
      argumentIssues(node, ({ call, name, arg, wanted, source }) => {
        const wantedType = wanted ? typeOf(wanted.param) : undefined;
        const givenType = source ? typeOf(source.param) : undefined;
        if (arg.kind !== "parameter" || !wantedType || !givenType || typeFits(givenType, wantedType)) return undefined;
        return `"${name}" of "${text(call.value.operationId)}" is of type ${wantedType}, but ${call.ext} fills it from "${arg.name}", of type ${givenType}. Pass a parameter of type ${wantedType}, or change one of the types.`;
      }),
  }),
  defineRule({
    id: "OperationParameterStaticTypeMismatch",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "A parameter of the called operation is given a fixed value of another type.",
    node: "schema",
    keys: ALL_DYNAMIC,
    check: (node) =>
      argumentIssues(node, ({ call, name, arg, wanted }) => {
        const wantedType = wanted ? typeOf(wanted.param) : undefined;
        if (arg.kind !== "value" || !wanted || !wantedType || valueFits(arg.value, wantedType, wanted.param.in === "body")) return undefined;
        return `"${name}" of "${text(call.value.operationId)}" is of type ${wantedType}, but ${call.ext} gives it ${JSON.stringify(arg.value)} (${jsonTypeOf(arg.value)}). Write the value as ${withArticle(wantedType)}.`;
      }),
  }),
  defineRule({
    id: "SourcePropertyInternal",
    severity: "warning",
    group: "Parameters",
    origin: "microsoft",
    description:
      "x-ms-dynamic-values/-schema fills a parameter from an internal (hidden) parameter, or x-ms-dynamic-list/-properties from an internal parameter or body property (or one inside an internal parent), of an operation that is not itself internal.",
    node: "schema",
    keys: [...LEGACY, ...NEWER],
    check: (node) => {
      const legacy = argumentIssues(node, ({ call, name, arg, source }) =>
        isLegacy(call.ext) && arg.kind === "parameter" && source?.param["x-ms-visibility"] === "internal" && call.owner?.op["x-ms-visibility"] !== "internal"
          ? `${call.ext} fills "${name}" from "${arg.name}", which is internal: makers never see or set it. Make "${arg.name}" visible, or pass its value as {"value": ...}.`
          : undefined,
      );
      const owner = ownerOf(node.ctx, node.pointer);
      if (!owner || owner.op["x-ms-visibility"] === "internal") return legacy;
      let out: Issue[] | undefined;
      for (const ext of NEWER) {
        const args = asObject(asObject(node.schema[ext])?.parameters) ?? {};
        for (const name of Object.keys(args)) {
          const reference = asString(asObject(args[name])?.parameterReference);
          if (reference !== undefined && isInternalReference(owner, reference))
            (out ??= []).push(
              issue(
                `${ext} fills "${name}" from "${reference}", which is internal (or inside an internal parent): makers never see or set it. Make it visible, or pass its value as {"value": ...}.`,
                joinPointer(node.pointer, ext, "parameters", name, "parameterReference"),
              ),
            );
        }
      }
      return out === undefined ? legacy : [...legacy, ...out];
    },
  }),
  ...LEGACY.flatMap((ext): Rule[] => {
    const successor = SUCCESSOR[ext];
    const family = ext === "x-ms-dynamic-values" ? "DynamicListExtensionRequiredFor" : "DynamicPropertiesExtensionRequiredFor";
    return [
      defineRule({
        id: `${family}AmbiguousReferences`,
        severity: "warning",
        group: "Operations",
        origin: "microsoft",
        description: `${ext} passes a parameter whose name is ambiguous (two parameters, or a parameter and a body property); only ${successor} can say which.`,
        node: "schema",
        keys: [ext],
        check: (node) =>
          node.schema[successor] !== undefined
            ? NONE
            : argumentIssues(
                node,
                ({ call, name, arg }) => {
                  if (arg.kind !== "parameter" || arg.name.includes("/") || !call.owner) return undefined;
                  const matches = byName(call.owner.parameters, arg.name).length + (bodyProperties(call.owner).has(arg.name) ? 1 : 0);
                  return matches > 1
                    ? `${ext} fills "${name}" from "${arg.name}", but this operation has more than one input of that name (in different locations, or a parameter and a body property). Add "${successor}" with a "parameterReference" naming the one you mean.`
                    : undefined;
                },
                ext,
              ),
      }),
      defineRule({
        id: `${family}NonParameterReferences`,
        severity: "warning",
        group: "Operations",
        origin: "microsoft",
        description: `${ext} passes a property inside a parameter (a body property), which only ${successor} can reference.`,
        node: "schema",
        keys: [ext],
        check: (node) =>
          node.schema[successor] !== undefined
            ? NONE
            : argumentIssues(
                node,
                ({ call, name, arg }) => {
                  if (arg.kind !== "parameter") return undefined;
                  const isPath = arg.name.includes("/");
                  const isInside =
                    isPath || (call.owner !== undefined && byName(call.owner.parameters, arg.name).length === 0 && bodyProperties(call.owner).has(arg.name));
                  return isInside
                    ? `${ext} fills "${name}" from "${arg.name}", a property inside a parameter rather than a parameter. Add "${successor}" with {"parameterReference": "${isPath ? arg.name : `body/${arg.name}`}"} for it.`
                    : undefined;
                },
                ext,
              ),
      }),
    ];
  }),
  defineRule({
    id: "DynamicPropertiesExtensionRequiredForPropertiesValuePath",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "x-ms-dynamic-schema's value-path points at a schema's properties; x-ms-dynamic-properties, pointing at the schema, is needed.",
    node: "schema",
    keys: ["x-ms-dynamic-schema"],
    check: ({ schema, pointer }) => {
      const valuePath = asString(asObject(schema["x-ms-dynamic-schema"])?.["value-path"]);
      if (!valuePath || schema["x-ms-dynamic-properties"] !== undefined || !/(^|\/)properties$/.test(valuePath)) return NONE;
      const itemValuePath = valuePath.replace(/\/?properties$/, "");
      return [
        issue(
          `x-ms-dynamic-schema's "value-path" "${valuePath}" points at a schema's properties. Add "x-ms-dynamic-properties" with the same operation and "itemValuePath": "${itemValuePath}" (the schema itself).`,
          joinPointer(pointer, "x-ms-dynamic-schema", "value-path"),
        ),
      ];
    },
  }),
  defineRule({
    id: "DynamicPropertiesItemValuePathMismatch",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "x-ms-dynamic-properties' itemValuePath is not x-ms-dynamic-schema's value-path without its 'properties' ending.",
    node: "schema",
    keys: ["x-ms-dynamic-properties"],
    check: ({ schema, pointer }) => {
      const valuePath = asString(asObject(schema["x-ms-dynamic-schema"])?.["value-path"]);
      const itemValuePath = asString(asObject(schema["x-ms-dynamic-properties"])?.itemValuePath);
      if (valuePath === undefined || itemValuePath === undefined) return NONE;
      const expected = valuePath.replace(/\/?properties$/, "");
      return itemValuePath === expected
        ? NONE
        : [
            issue(
              `x-ms-dynamic-properties' "itemValuePath" is "${itemValuePath}", but x-ms-dynamic-schema's "value-path" "${valuePath}" means "${expected}". Set "itemValuePath" to "${expected}", so both extensions read the same schema.`,
              joinPointer(pointer, "x-ms-dynamic-properties", "itemValuePath"),
            ),
          ];
    },
  }),
  defineRule({
    id: "InvokedOperationShouldProduceArray",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description:
      "x-ms-dynamic-values' value-collection (or x-ms-dynamic-list's itemsPath) names no property of the called operation's response, or it (or the whole response) is not an array.",
    node: "schema",
    keys: ["x-ms-dynamic-values", "x-ms-dynamic-list"],
    check: ({ schema, pointer, ctx }) => {
      let out: Issue[] | undefined;
      for (const [ext, key] of [
        ["x-ms-dynamic-values", "value-collection"],
        ["x-ms-dynamic-list", "itemsPath"],
      ] as const) {
        const value = asObject(schema[ext]);
        const target = targetOf(ctx, asString(value?.operationId));
        const root = target ? successSchema(target) : undefined;
        if (!value || !root) continue;
        const collection = asString(value[key]) ?? "";
        const { schema: at, missing } = follow(root, collection, ctx);
        // "The dynamic operation expects an array on the specified path which should be defined in the successful
        // response": a list path the response does not define is this code's, not ...ShouldProduceProperty's.
        if (missing !== undefined) {
          (out ??= []).push(
            issue(
              `${ext} reads its list from "${collection}", but the response of "${text(value.operationId)}" has no property "${missing}" there. Point "${key}" at the response's array of items, or add it to the response schema.`,
              joinPointer(pointer, ext, key),
            ),
          );
          continue;
        }
        const type = asString(at?.type);
        if (!type || type === "array") continue;
        const where = collection ? `"${collection}" in the response` : "the response";
        (out ??= []).push(
          issue(
            `${ext} reads its list from ${where} of "${text(value.operationId)}", which is ${type === "object" ? "an object" : `a ${type}`}, not an array. Point "${key}" at the array of items, or make the response an array.`,
            joinPointer(pointer, ext, collection ? key : "operationId"),
          ),
        );
      }
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "InvokedOperationShouldProduceProperty",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description:
      "x-ms-dynamic-values' value-path or value-title, or x-ms-dynamic-schema's value-path, names a property the called operation's response (or its items) does not have.",
    node: "schema",
    keys: ["x-ms-dynamic-values", "x-ms-dynamic-schema"],
    check: ({ schema, pointer, ctx }) => {
      let out: Issue[] | undefined;
      {
        const value = asObject(schema["x-ms-dynamic-schema"]);
        // value-path "schema/properties" names the property "schema" (a JSON schema whose properties are read).
        const path = asString(value?.["value-path"])?.replace(/\/?properties$/, "");
        const target = targetOf(ctx, asString(value?.operationId));
        const root = target ? successSchema(target) : undefined;
        const missing = value && path && root ? follow(root, path, ctx).missing : undefined;
        if (missing !== undefined)
          (out ??= []).push(
            issue(
              `x-ms-dynamic-schema's "value-path" is "${path}", but the response of "${text(value?.operationId)}" has no property "${missing}" there. Use a property the response defines, or add it to the response schema.`,
              joinPointer(pointer, "x-ms-dynamic-schema", "value-path"),
            ),
          );
      }
      // value-path and value-title name a property of each item of the list (value-collection, or the whole response).
      const values = asObject(schema["x-ms-dynamic-values"]);
      const target = targetOf(ctx, asString(values?.operationId));
      const root = target ? successSchema(target) : undefined;
      if (!values || !root) return out ?? NONE;
      const collection = asString(values["value-collection"]);
      const list = collection ? follow(root, collection, ctx).schema : root;
      const items = list?.type === "array" || list?.items !== undefined ? deref(asObject(list?.items), ctx) : undefined;
      if (!items) return out ?? NONE;
      for (const key of ["value-path", "value-title"] as const) {
        const path = asString(values[key]);
        if (!path) continue;
        const { missing } = follow(items, path, ctx);
        if (missing !== undefined)
          (out ??= []).push(
            issue(
              `x-ms-dynamic-values' "${key}" is "${path}", but the items ${collection ? `of "${collection}" ` : ""}in the response of "${text(values.operationId)}" have no property "${missing}". Use a property the items define, or add it to their schema.`,
              joinPointer(pointer, "x-ms-dynamic-values", key),
            ),
          );
      }
      return out ?? NONE;
    },
  }),
];
