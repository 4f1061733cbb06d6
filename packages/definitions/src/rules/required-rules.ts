import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonObject } from "../types.ts";
import { asArray, asObject, asString, describeOperation, requestBodySchemas } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

/** Definitions that require a property whose schema is a $ref to another definition: the edges of a required loop. */
function requiredEdges(definitions: TJsonObject): Map<string, { to: string; at: string }[]> {
  const edges = new Map<string, { to: string; at: string }[]>();
  for (const name of Object.keys(definitions)) {
    const schema = asObject(definitions[name]);
    const props = asObject(schema?.properties);
    if (!schema || !props) continue;
    for (const required of asArray(schema.required)) {
      if (typeof required !== "string") continue;
      const ref = asString(asObject(props[required])?.$ref);
      if (!ref?.startsWith("#/definitions/")) continue;
      const to = ref.slice("#/definitions/".length).replace(/~1/g, "/").replace(/~0/g, "~");
      const list = edges.get(name) ?? [];
      list.push({ to, at: joinPointer("/definitions", name, "properties", required, "$ref") });
      edges.set(name, list);
    }
  }
  return edges;
}

export const REQUIRED_RULES: Rule[] = [
  defineRule({
    id: "RequiredPropertyNotOnObject",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description: "'required' on a schema whose type is not object.",
    node: "schema",
    keys: ["required"],
    check: ({ schema, pointer }) =>
      typeof schema.type === "string" && schema.type !== "object" && asArray(schema.required).length > 0
        ? [
            {
              message: `"required" lists property names, but this schema is of type ${schema.type}, which has no properties. Remove "required" or make the schema "type": "object".`,
              path: joinPointer(pointer, "required"),
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "RequiredReadOnlyPropertyNotAllowedAsInput",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description: "A request body property, at any depth, is both required and readOnly, so no caller can send it.",
    node: "document",
    check: ({ ctx }) => {
      if (!ctx.mayHaveReadOnly) return NONE;
      const out: Issue[] = [];
      // Each object of every request body once per document (bodies share definitions), at any depth.
      for (const { schema, pointer } of requestBodySchemas(ctx)) {
        const props = asObject(schema.properties);
        if (!props) continue;
        for (const name of asArray(schema.required)) {
          if (typeof name === "string" && asObject(props[name])?.readOnly === true)
            out.push({
              message: `"${name}" is required in the request body but marked "readOnly": true, so callers cannot send it. Remove "readOnly", or take "${name}" out of "required".`,
              path: joinPointer(pointer, "properties", name),
            });
        }
      }
      return out;
    },
  }),
  defineRule({
    id: "RequiredLoopInSchemaNotAllowed",
    severity: "warning",
    group: "Response",
    origin: "microsoft",
    description: "Definitions require each other in a loop (A requires a B, which requires an A), so no finite value satisfies them.",
    node: "documentEnd",
    check: ({ ctx }) => {
      const definitions = asObject(ctx.doc.definitions);
      if (!definitions) return NONE;
      const edges = requiredEdges(definitions);
      if (edges.size === 0) return NONE;
      const state = new Map<string, 1 | 2>();
      const out: Issue[] = [];
      const visit = (name: string, depth: number) => {
        state.set(name, 1);
        for (const e of edges.get(name) ?? []) {
          const s = state.get(e.to);
          if (s === 1)
            out.push({
              message: `Definition "${e.to}" requires itself through this required property, so no value can ever be complete. Make one property of the loop optional (remove it from "required").`,
              path: e.at,
            });
          else if (s === undefined && depth < 2000) visit(e.to, depth + 1);
        }
        state.set(name, 2);
      };
      for (const name of edges.keys()) if (!state.has(name)) visit(name, 0);
      return out;
    },
  }),
  defineRule({
    id: "OperationIdShouldEndWithRevision",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "An operation at revision 2 or later of an x-ms-api-annotation family has an operationId that does not end with the revision (GetItemsV2).",
    node: "operation",
    keys: ["x-ms-api-annotation"],
    check: ({ op, pointer, method, path }) => {
      const revision = asObject(op["x-ms-api-annotation"])?.revision;
      const id = asString(op.operationId);
      if (typeof revision !== "number" || revision < 2 || !id || new RegExp(`${revision}$`).test(id)) return NONE;
      return [
        {
          message: `${describeOperation(op, method, path)} is revision ${revision} of its family; end its operationId with the revision, such as "${id}V${revision}", so flows can tell the versions apart.`,
          path: joinPointer(pointer, "operationId"),
        },
      ];
    },
  }),
];
