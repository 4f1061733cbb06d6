import { joinPointer } from "../parse/json-pointer.ts";
import type { TJsonObject } from "../types.ts";
import { unknownSourceIssues } from "./dynamic-invocation-rules.ts";
import { asArray, asObject, asString, definitionGraph, deref, text, type TDefinitionEdge } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule, type ValidationContext } from "./rule-types.ts";

/** Formats the platform recognises per type (Swagger 2.0 data types plus the formats connectors use). */
const KNOWN_FORMATS: Record<string, string[]> = {
  integer: ["int32", "int64"],
  number: ["float", "double", "decimal", "int32", "int64"],
  string: [
    "byte",
    "binary",
    "date",
    "date-time",
    "date-no-tz",
    "password",
    "email",
    "uri",
    "uuid",
    "guid",
    "time",
    "html",
    "textarea",
    "hostname",
    "ipv4",
    "ipv6",
    "duration",
    "int32",
    "int64",
    "float",
    "double",
    "decimal",
    "url",
    "color",
    "phone",
    "dateTime",
    "datetime",
    "date-time-rfc1123",
  ],
  boolean: [],
  array: [],
  object: [],
  file: ["binary"],
};
export const SCHEMA_TOO_DEEP_LIMIT = 32;

/** The top-level property names of a body schema, through $refs and allOf, each schema read once. */
function bodyPropertyNames(schema: TJsonObject | undefined, ctx: ValidationContext, seen = new Set<TJsonObject>()): string[] {
  const s = deref(schema, ctx);
  if (!s || seen.has(s) || seen.size > 256) return [];
  seen.add(s);
  const out = Object.keys(asObject(s.properties) ?? {});
  for (const part of asArray(s.allOf)) out.push(...bodyPropertyNames(asObject(part), ctx, seen));
  return out;
}

/** Tarjan's strongly connected components of the reference graph: each definition's group number. */
function stronglyConnected(edges: ReadonlyMap<string, readonly { to: string }[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const group = new Map<string, number>();
  let counter = 0;
  let groups = 0;
  const visit = (v: string, guard: number) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const { to } of edges.get(v) ?? []) {
      if (!index.has(to)) {
        if (guard > 2000) continue;
        visit(to, guard + 1);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) low.set(v, Math.min(low.get(v) ?? 0, index.get(to) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
        onStack.delete(w);
        group.set(w, groups);
        if (w === v) break;
      }
      groups++;
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v, 0);
  return group;
}

/**
 * The definitions whose nesting through $ref chains passes the limit, each with its depth and the chain to its deepest
 * point; only the top of each chain is reported (a definition no other too-deep definition refers to).
 */
function deepChains(graph: ReadonlyMap<string, readonly TDefinitionEdge[]>): { name: string; depth: number; via: string[]; more: boolean }[] {
  // Each reference to a whole definition, with the nesting between the definition's root and the reference (the walk's depth).
  const edges = new Map<string, { to: string; levels: number }[]>();
  for (const [from, list] of graph)
    edges.set(
      from,
      list.filter((e) => e.isWhole).map((e) => ({ to: e.name, levels: e.depth })),
    );
  // Definitions that reach each other (a strongly connected group: A → B → A) are recursive, not deep: the steps
  // inside such a group are not counted, only those from one group to another.
  const group = stronglyConnected(edges);
  for (const [from, list] of edges)
    edges.set(
      from,
      list.filter((e) => group.get(e.to) !== group.get(from)),
    );
  const depth = new Map<string, { depth: number; next?: string }>();
  const onPath = new Set<string>();
  const visit = (name: string, guard: number): number => {
    const known = depth.get(name);
    if (known) return known.depth;
    onPath.add(name);
    let best = { depth: 0 } as { depth: number; next?: string };
    for (const e of edges.get(name) ?? []) {
      if (onPath.has(e.to) || guard > 2000) continue;
      const d = e.levels + visit(e.to, guard + 1);
      if (d > best.depth) best = { depth: d, next: e.to };
    }
    onPath.delete(name);
    depth.set(name, best);
    return best.depth;
  };
  for (const name of edges.keys()) visit(name, 0);
  const deep = new Set([...depth].filter(([, d]) => d.depth > SCHEMA_TOO_DEEP_LIMIT).map(([n]) => n));
  const referredByDeep = new Set<string>();
  for (const name of deep) for (const e of edges.get(name) ?? []) referredByDeep.add(e.to);
  return [...deep]
    .filter((name) => !referredByDeep.has(name))
    .map((name) => {
      const via = [name];
      let next = depth.get(name)?.next;
      for (; next !== undefined && via.length < 6; next = depth.get(next)?.next) via.push(next);
      return { name, depth: depth.get(name)?.depth ?? 0, via, more: next !== undefined };
    });
}

/**
 * Whether a chain of definitions could pass the limit: a chain's depth is the sum of the nesting of the $refs it follows,
 * each at most once, so when all of a document's $refs together nest no deeper than the limit, none can (most
 * documents), and the reference graph is not built.
 */
function mayChainTooDeep(refs: readonly { depth: number }[]): boolean {
  let sum = 0;
  for (const r of refs) if ((sum += r.depth) > SCHEMA_TOO_DEEP_LIMIT) return true;
  return false;
}

export const SCHEMA_RULES: Rule[] = [
  defineRule({
    id: "ArrayHasNoItems",
    severity: "warning",
    group: "Arrays",
    origin: "microsoft",
    description: "A schema or parameter of type array does not say what its items are.",
    node: "schema",
    types: ["array"],
    check: ({ schema, pointer }) =>
      schema.type === "array" && schema.items === undefined
        ? [{ message: `This array has no "items". Add "items" with the type of its elements, for example "items": {"type": "string"}.`, path: pointer }]
        : NONE,
  }),
  defineRule({
    id: "RequiredPropertyArrayEmpty",
    severity: "warning",
    group: "Arrays",
    origin: "microsoft",
    description: "A schema has an empty 'required' array.",
    node: "schema",
    keys: ["required"],
    check: ({ schema, pointer }) =>
      Array.isArray(schema.required) && schema.required.length === 0
        ? [{ message: `"required" is an empty array. Remove it, or list the required property names.`, path: joinPointer(pointer, "required") }]
        : NONE,
  }),
  defineRule({
    id: "RequiredPropertyDefinitionMissing",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description: "'required' names a property that the schema does not define.",
    node: "schema",
    keys: ["required"],
    check: ({ schema, pointer }) => {
      const props = asObject(schema.properties);
      if (!props || !Array.isArray(schema.required) || schema.allOf !== undefined || schema.additionalProperties !== undefined) return NONE;
      return schema.required
        .map((name, i) => ({ name, i }))
        .filter(({ name }) => typeof name === "string" && !(name in props))
        .map(({ name, i }) => ({
          message: `"required" lists "${text(name)}", which is not among this schema's properties. Add the property or remove the name.`,
          path: joinPointer(pointer, "required", i),
        }));
    },
  }),
  defineRule({
    id: "UnrecognizedTypeFormat",
    severity: "info",
    group: "Operations",
    origin: "microsoft",
    description: "A format that is not known for the declared type.",
    node: "schema",
    keys: ["format"],
    check: ({ schema, pointer }) => {
      const type = asString(schema.type);
      const format = asString(schema.format);
      const known = type && Object.hasOwn(KNOWN_FORMATS, type) ? KNOWN_FORMATS[type] : undefined;
      if (!type || !format || !known || known.includes(format)) return NONE;
      return [
        {
          message: `Format "${format}" is not known for type ${type}. ${known.length > 0 ? `Use one of ${known.slice(0, 8).join(", ")}, or remove "format".` : `Remove "format".`}`,
          path: joinPointer(pointer, "format"),
        },
      ];
    },
  }),
  defineRule({
    id: "EnumMustContainAtLeastOneElement",
    severity: "error",
    group: "Properties",
    origin: "microsoft",
    description: "An enum is an empty array.",
    node: "schema",
    keys: ["enum"],
    check: ({ schema, pointer }) =>
      Array.isArray(schema.enum) && schema.enum.length === 0
        ? [{ message: `"enum" is empty, so no value would be accepted. List the allowed values or remove "enum".`, path: joinPointer(pointer, "enum") }]
        : NONE,
  }),
  defineRule({
    id: "DuplicateEnumValuesInExtension",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "x-ms-enum-values lists the same value twice.",
    node: "schema",
    keys: ["x-ms-enum-values"],
    check: ({ schema, pointer }) => {
      const seen = new Set<string>();
      const out = [];
      for (const [i, entry] of asArray(schema["x-ms-enum-values"]).entries()) {
        const key = JSON.stringify(asObject(entry)?.value);
        if (seen.has(key))
          out.push({ message: `x-ms-enum-values lists the value ${key} twice. Remove the duplicate.`, path: joinPointer(pointer, "x-ms-enum-values", i) });
        seen.add(key);
      }
      return out;
    },
  }),
  defineRule({
    id: "MissingEnumValuesDisplayName",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description: "An x-ms-enum-values entry has no displayName.",
    node: "schema",
    keys: ["x-ms-enum-values"],
    check: ({ schema, pointer }) =>
      asArray(schema["x-ms-enum-values"]).flatMap((entry, i) =>
        typeof asObject(entry)?.displayName === "string"
          ? NONE
          : [
              {
                message: `Entry ${i} of x-ms-enum-values has no "displayName". Add the name users should see for this value.`,
                path: joinPointer(pointer, "x-ms-enum-values", i),
              },
            ],
      ),
  }),
  defineRule({
    id: "SchemaTooDeep",
    severity: "warning",
    group: "Response",
    origin: "microsoft",
    description: `Schema nested more than ${SCHEMA_TOO_DEEP_LIMIT} levels, inline or through a chain of $ref definitions; the designer cannot show it.`,
    node: "schema",
    minDepth: SCHEMA_TOO_DEEP_LIMIT + 1,
    check: ({ depth, pointer }) =>
      depth === SCHEMA_TOO_DEEP_LIMIT + 1
        ? [
            {
              message: `This schema is nested ${depth} levels deep. Flatten it or move parts to "definitions"; the designer shows at most ${SCHEMA_TOO_DEEP_LIMIT} levels.`,
              path: pointer,
            },
          ]
        : NONE,
    // "Including referenced ('$ref') schemas": a definition that reaches deeper than the limit through the definitions
    // it refers to, each adding its own nesting. A definition that refers back to itself (a tree of nodes) is recursive,
    // not deep: such a step is not counted.
    also: {
      node: "documentEnd",
      check: ({ ctx }) =>
        ctx.schemaRefs.length < 2 || !mayChainTooDeep(ctx.schemaRefs)
          ? NONE
          : deepChains(definitionGraph(ctx)).map(({ name, depth, via, more }) => ({
              message: `The definition "${name}" nests ${depth} levels deep through the definitions it refers to (${via.join(" → ")}${more ? " → ..." : ""}). Flatten the chain or shorten it; the designer shows at most ${SCHEMA_TOO_DEEP_LIMIT} levels, counting referenced schemas.`,
              path: joinPointer("/definitions", name),
            })),
    },
  }),
  defineRule({
    id: "SchemaTypeFileNotValid",
    severity: "warning",
    group: "Response",
    origin: "microsoft",
    description: "type 'file' inside a schema or as a body parameter's schema; Swagger 2.0 allows it only on formData parameters and response schemas.",
    node: "schema",
    types: ["file"],
    check: ({ schema, pointer }) =>
      // Inside a schema, or the schema of a body parameter (a file goes in formData, not in the body).
      // A response's array of files ("items": {"type": "file"}) is inside a schema too: only the root may be a file.
      schema.type === "file" && (/\/(properties|items|additionalProperties|definitions)(\/|$)/.test(pointer) || /\/parameters\/[^/]+\/schema$/.test(pointer))
        ? [
            {
              message: `"type": "file" is only valid for a formData parameter or a whole response schema. Use "type": "string", "format": "binary" here.`,
              path: joinPointer(pointer, "type"),
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "OperationIdNotFound",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description:
      "x-ms-dynamic-values, -schema, -list, -properties or -tree names an operationId that does not exist (an error); so does x-ms-notification (a warning).",
    node: "schema",
    keys: ["x-ms-dynamic-values", "x-ms-dynamic-schema", "x-ms-dynamic-list", "x-ms-dynamic-properties", "x-ms-dynamic-tree"],
    check: ({ schema, pointer, ctx }) => {
      const out = [];
      for (const ext of ["x-ms-dynamic-values", "x-ms-dynamic-schema", "x-ms-dynamic-list", "x-ms-dynamic-properties", "x-ms-dynamic-tree"]) {
        const value = asObject(schema[ext]);
        if (!value) continue;
        const targets = ext === "x-ms-dynamic-tree" ? [asObject(value.open)?.operationId, asObject(value.browse)?.operationId] : [value.operationId];
        for (const id of targets) {
          if (typeof id === "string" && !ctx.operationIds.has(id))
            out.push({
              message: `${ext} calls operationId "${id}", which no operation has. Use the operationId of an existing operation.`,
              path: joinPointer(pointer, ext),
            });
        }
      }
      return out;
    },
    also: {
      node: "operation",
      keys: ["x-ms-notification"],
      // x-ms-notification names the webhook operation a polling trigger is fetched after (a warning: its refusal for an
      // unknown id is not documented beyond this code's message).
      check: ({ op, pointer, ctx }) => {
        const id = asObject(op["x-ms-notification"])?.operationId;
        return typeof id === "string" && id !== "" && !ctx.operationIds.has(id)
          ? [
              {
                message: `x-ms-notification names operationId "${id}", which no operation has. Name the webhook operation that registers the callback.`,
                path: joinPointer(pointer, "x-ms-notification", "operationId"),
                severity: "warning",
              },
            ]
          : NONE;
      },
    },
  }),
  defineRule({
    id: "OperationParameterNameNotFound",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description:
      "x-ms-dynamic-values, -schema, -list or -properties passes a parameter that the called operation does not have, or fills one from a parameter this operation does not have.",
    node: "schema",
    keys: ["x-ms-dynamic-values", "x-ms-dynamic-schema", "x-ms-dynamic-list", "x-ms-dynamic-properties"],
    check: ({ schema, pointer, ctx }) => {
      const out = [];
      for (const ext of ["x-ms-dynamic-values", "x-ms-dynamic-schema", "x-ms-dynamic-list", "x-ms-dynamic-properties"]) {
        const value = asObject(schema[ext]);
        const id = asString(value?.operationId);
        const params = asObject(value?.parameters);
        if (!id || !params) continue;
        const target = ctx.operations.find((o) => o.op.operationId === id);
        if (!target) continue;
        const names = new Set(target.parameters.map((p) => text(p.param.name)));
        // The properties of the called operation's body are filled by name too (a certified connector passes "fullName"
        // to an operation whose one parameter is a body with that property).
        const bodies = target.parameters.filter((p) => p.param.in === "body");
        for (const p of bodies) for (const key of bodyPropertyNames(asObject(p.param.schema), ctx)) names.add(key);
        // "body/fields": a path into the called operation's body parameter.
        const bodyNames = new Set(bodies.map((p) => `${text(p.param.name)}/`));
        for (const name of Object.keys(params)) {
          if (!names.has(name) && !(name.includes("/") && bodyNames.has(name.slice(0, name.indexOf("/") + 1))))
            out.push({
              message: `${ext} passes "${name}" to "${id}", which has no parameter of that name. Use one of: ${[...names].join(", ") || "(none)"}.`,
              path: joinPointer(pointer, ext, "parameters", name),
            });
        }
      }
      // The other side: an argument that names a parameter this operation does not have.
      const sources = unknownSourceIssues({ schema, pointer, ctx });
      return sources.length === 0 ? out : [...out, ...sources];
    },
  }),
  defineRule({
    id: "DynamicValuesShapeNotValid",
    severity: "warning",
    group: "Operations",
    origin: "hub",
    description: "x-ms-dynamic-values is not an object, or calls an operation without saying which property holds the value (value-path).",
    node: "schema",
    keys: ["x-ms-dynamic-values"],
    check: ({ schema, pointer }) => {
      const value = schema["x-ms-dynamic-values"];
      if (value === undefined) return NONE;
      const obj = asObject(value);
      if (!obj)
        return [
          {
            message: `x-ms-dynamic-values must be an object with "operationId", "value-path" and "value-title".`,
            path: joinPointer(pointer, "x-ms-dynamic-values"),
          },
        ];
      // Naming no operation at all is OneOfPropertiesRequired, Microsoft's code.
      if (obj.operationId !== undefined && obj["value-path"] === undefined)
        return [
          {
            message: `x-ms-dynamic-values has no "value-path". Add the property of each item that holds the value to send.`,
            path: joinPointer(pointer, "x-ms-dynamic-values"),
          },
        ];
      return NONE;
    },
  }),
  defineRule({
    id: "InvalidStringBinaryProperty",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description:
      "A string/binary schema nested inside an object or array, or a query, header or path parameter of string/binary; the platform takes binary content only as a whole body, form field or response.",
    node: "schema",
    keys: ["format"],
    check: ({ schema, pointer }) => {
      if (schema.format !== "binary" || schema.type !== "string") return NONE;
      // A non-body parameter is checked as a schema: "in" says which.
      if (typeof schema.in === "string" && schema.in !== "formData" && schema.in !== "body" && /\/parameters\/[^/]+$/.test(pointer))
        return [
          {
            message: `Parameter "${text(schema.name)}" is in ${schema.in} with type string and format binary; binary content can only be a whole body parameter, a form field or a whole response. Send it as base64 ("format": "byte"), or make it the body or a formData field.`,
            path: joinPointer(pointer, "format"),
          },
        ];
      return /\/(properties|items|additionalProperties)(\/|$)/.test(pointer)
        ? [
            {
              message: `This property is type string with format binary inside an object or array; binary content can only be a whole body parameter, a form field or a whole response. Send it as base64 ("format": "byte") or move it to its own form field.`,
              path: joinPointer(pointer, "format"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "InvalidCustomEditorExtensionDictionaryValue",
    severity: "warning",
    group: "Response",
    origin: "microsoft",
    description: "x-ms-editor is 'dictionary' on a schema that is not an object with additional properties.",
    node: "schema",
    keys: ["x-ms-editor"],
    check: ({ schema, pointer }) =>
      schema["x-ms-editor"] === "dictionary" && ((schema.type !== undefined && schema.type !== "object") || schema.additionalProperties === false)
        ? [
            {
              message: `x-ms-editor "dictionary" edits free-form keys and values, so the schema must be "type": "object" with additionalProperties allowed. Change the schema or remove x-ms-editor.`,
              path: joinPointer(pointer, "x-ms-editor"),
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "SelectedItemValuePathNotAllowedInThisPosition",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "selectedItemValuePath is used outside the 'browse' operation of x-ms-dynamic-tree.",
    node: "schema",
    keys: ["x-ms-dynamic-tree", "x-ms-dynamic-values", "x-ms-dynamic-list"],
    check: ({ schema, pointer }) => {
      const sites: string[] = [];
      // In browse it names, in an argument of "parameters", the value of the item picked before; anywhere else
      // (open, x-ms-dynamic-values, x-ms-dynamic-list, at the top or in an argument) it is out of place.
      const note = (owner: TJsonObject | undefined, at: string) => {
        if (!owner) return;
        if (owner.selectedItemValuePath !== undefined) sites.push(joinPointer(at, "selectedItemValuePath"));
        const args = asObject(owner.parameters) ?? {};
        for (const name of Object.keys(args))
          if (asObject(args[name])?.selectedItemValuePath !== undefined) sites.push(joinPointer(at, "parameters", name, "selectedItemValuePath"));
      };
      note(asObject(asObject(schema["x-ms-dynamic-tree"])?.open), joinPointer(pointer, "x-ms-dynamic-tree", "open"));
      for (const key of ["x-ms-dynamic-values", "x-ms-dynamic-list"]) note(asObject(schema[key]), joinPointer(pointer, key));
      return sites.length === 0
        ? NONE
        : sites.map((path) => ({
            message: `selectedItemValuePath only works in the "browse" operation of x-ms-dynamic-tree. Move it to x-ms-dynamic-tree.browse or remove it.`,
            path,
          }));
    },
  }),
];
