import { joinPointer, splitPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonObject } from "../types.ts";
import { asArray, asObject, asString, describeOperation, isSendable, successSchema, text, valueMatchesType } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

/** The extensions that fill a value or a schema by calling an operation. */
const DYNAMIC_EXTENSIONS = ["x-ms-dynamic-values", "x-ms-dynamic-list", "x-ms-dynamic-schema", "x-ms-dynamic-properties"] as const;

export const EXTENSION_RULES: Rule[] = [
  defineRule({
    id: "BodyOrFormDataParameterInFetchOperationNotAllowed",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "A GET or HEAD operation takes a body or form data, which HTTP clients drop.",
    node: "operation",
    check: ({ method, parameters }) =>
      method === "get" || method === "head"
        ? parameters
            .filter((p) => p.param.in === "body" || p.param.in === "formData")
            .map((p) => ({
              message: `A ${method.toUpperCase()} request cannot carry "${text(p.param.name)}" in its ${text(p.param.in)}. Send it as a query parameter, or use POST.`,
              path: p.pointer,
            }))
        : NONE,
  }),
  defineRule({
    id: "OperationParameterNameIsAmbiguous",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "A query, header or path parameter has the name of a top-level property of the operation's body.",
    node: "operation",
    check: ({ parameters, ctx }) => {
      const body = parameters.find((p) => p.param.in === "body");
      let schema = asObject(body?.param.schema);
      if (typeof schema?.$ref === "string") schema = asObject(ctx.resolve(schema.$ref));
      const properties = asObject(schema?.properties);
      if (!properties) return NONE;
      let out: Issue[] | undefined;
      for (const p of parameters) {
        const name = text(p.param.name);
        if (p.param.in !== "body" && p.param.in !== "formData" && Object.hasOwn(properties, name))
          (out ??= []).push({
            message: `Parameter "${name}" (in ${text(p.param.in)}) has the name of a property of the body, so a reference to "${name}" is ambiguous. Rename the parameter or the body property.`,
            path: p.pointer,
          });
      }
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "OperationParametersAreNotUnique",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description:
      "An operation's parameters list holds one parameter twice (Swagger's 'uniqueItems' on the list), or two parameters share a name in different locations; the designer keys inputs by name.",
    node: "operation",
    check: ({ parameters }) => {
      const seen = new Map<string, { where: string; param: TJsonObject }>();
      let out: Issue[] | undefined;
      for (const p of parameters) {
        const name = text(p.param.name);
        const where = text(p.param.in);
        const first = seen.get(name);
        if (first === undefined) seen.set(name, { where, param: p.param });
        else if (first.where !== where)
          (out ??= []).push({
            message: `Parameter "${name}" exists both in ${first.where} and in ${where}. Rename one; the designer and flows refer to parameters by name alone.`,
            path: p.pointer,
          });
        // The same entry twice: Swagger's schema asks the list's items to be unique. The same name and location with
        // other content is OperationParametersContainDuplicateParameter's alone; a copy is both.
        else if (first.param === p.param || JSON.stringify(first.param) === JSON.stringify(p.param))
          (out ??= []).push({
            message: `Parameter "${name}" (in ${where}) is listed twice, identically; the items of a parameters list must be unique. Remove the copy.`,
            path: p.pointer,
          });
      }
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "OperationPathContainsUnsupportedCharacters",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description:
      "A path contains the wildcard '*', which the platform refuses (an error); spaces, quotes, backslashes or other characters a URL path cannot hold are a warning.",
    node: "pathItem",
    check: ({ path, pointer }) => {
      const literal = path.replace(/\{[^{}]*\}/g, "");
      // Microsoft documents the refusal of the wildcard character '*' ("The operation path cannot contain wildcard character '*'").
      if (path.includes("*"))
        return [
          {
            message: `The path "${path}" contains the wildcard character "*", which the platform refuses in an operation path. Replace it with a path parameter ({name}) or a fixed segment.`,
            path: pointer,
          },
        ];
      // Characters RFC 3986 does not allow in a path (whitespace, controls, quotes, brackets...) and a % that starts no
      // escape: the refusal of these is not documented, so they are a warning.
      const bad = literal.match(/[\s\x00-\x1f\x7f"<>\\^`|[\]]|%(?![0-9A-Fa-f]{2})/);
      return bad
        ? [
            {
              message: `The path "${path}" contains ${JSON.stringify(bad[0])}, which a URL path cannot hold as it is. Remove it or percent-encode it.`,
              path: pointer,
              severity: "warning",
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationMustHaveNotificationContentExtension",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "A webhook trigger's path has no x-ms-notification-content describing the callback payload.",
    node: "operation",
    keys: ["x-ms-trigger"],
    check: ({ isWebhook, pathItem, op, method, path, pointer }) =>
      isWebhook && pathItem["x-ms-notification-content"] === undefined
        ? [
            {
              message: `Webhook trigger ${describeOperation(op, method, path)} does not describe what the API posts to the callback. Add "x-ms-notification-content" with a schema to the path item, so flows see the trigger's outputs.`,
              path: pointer,
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "NotificationExtensionNotSupportedInWebhookOperation",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description:
      "x-ms-notification on a webhook operation (it belongs on the trigger that names the webhook), or x-ms-notification-content written on the operation instead of the path item.",
    node: "operation",
    keys: ["x-ms-notification", "x-ms-notification-content"],
    check: ({ op, pointer, isWebhook }) => {
      let out: Issue[] | undefined;
      if (isWebhook && op["x-ms-notification"] !== undefined)
        (out ??= []).push({
          message: `This webhook operation has x-ms-notification, which the platform does not support in a webhook. Remove it; a polling trigger can name this webhook in its own x-ms-notification.`,
          path: joinPointer(pointer, "x-ms-notification"),
        });
      if (op["x-ms-notification-content"] !== undefined)
        (out ??= []).push({
          message: `x-ms-notification-content belongs on the path item, next to the operations, not inside the operation. Move it up one level.`,
          path: joinPointer(pointer, "x-ms-notification-content"),
        });
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "InvalidNextLinkNameValue",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "x-ms-pageable.nextLinkName is missing, or is not one of the two values the platform supports: nextLink and @odata.nextLink.",
    node: "operation",
    keys: ["x-ms-pageable"],
    check: ({ op, pointer }) => {
      const pageable = op["x-ms-pageable"];
      if (pageable === undefined) return NONE;
      const name = asObject(pageable)?.nextLinkName;
      if (typeof name !== "string" || name === "")
        return [
          {
            message: `x-ms-pageable needs "nextLinkName": the response property that holds the next page's URL, "nextLink" or "@odata.nextLink".`,
            path: joinPointer(pointer, "x-ms-pageable"),
          },
        ];
      // "Supported values are 'nextLink' or '@odata.nextLink'" (Microsoft's message for this code).
      return name === "nextLink" || name === "@odata.nextLink"
        ? NONE
        : [
            {
              message: `nextLinkName is ${JSON.stringify(name)}; the platform supports only "nextLink" and "@odata.nextLink". Return the next page's URL in one of those properties (a policy can rename it), or remove x-ms-pageable.`,
              path: joinPointer(pointer, "x-ms-pageable", "nextLinkName"),
            },
          ];
    },
  }),
  defineRule({
    id: "DynamicExtensionDefinitionNotAllowedInParameter",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description:
      "A dynamic extension on a body parameter itself rather than in its schema; or x-ms-dynamic-schema or x-ms-dynamic-properties on a parameter that is not a body parameter.",
    node: "parameter",
    check: ({ param, pointer }) => {
      if (param.in === "body") {
        // "Dynamic extensions are not allowed to be defined on the body parameter. It should be in the schema."
        const key = DYNAMIC_EXTENSIONS.find((k) => param[k] !== undefined);
        return key === undefined
          ? NONE
          : [
              {
                message: `${key} is on the body parameter "${text(param.name)}" itself; the platform takes dynamic extensions on a body only inside its schema. Move ${key} into "schema".`,
                path: joinPointer(pointer, key),
              },
            ];
      }
      return param["x-ms-dynamic-schema"] !== undefined || param["x-ms-dynamic-properties"] !== undefined
        ? [
            {
              message: `"${text(param.name)}" is in ${text(param.in)}, but dynamic schemas describe a body. Use x-ms-dynamic-values (or x-ms-dynamic-list) for a ${text(param.in)} parameter.`,
              path: pointer,
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "DynamicTreeExtensionMissing",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description:
      "A parameter or body property asks for a file picker (x-ms-capabilities file-picker, or x-ms-dynamic-values with capability file-picker) without x-ms-dynamic-tree, which the platform needs for file picker support.",
    // A non-body parameter is checked as a schema too, so this reaches parameters and body properties alike.
    node: "schema",
    keys: ["x-ms-capabilities", "x-ms-dynamic-values"],
    check: ({ schema, pointer }) => {
      if (schema["x-ms-dynamic-tree"] !== undefined) return NONE;
      const at =
        asObject(schema["x-ms-capabilities"])?.["file-picker"] !== undefined
          ? joinPointer(pointer, "x-ms-capabilities", "file-picker")
          : asObject(schema["x-ms-dynamic-values"])?.capability === "file-picker"
            ? joinPointer(pointer, "x-ms-dynamic-values", "capability")
            : undefined;
      const name = typeof schema.name === "string" && typeof schema.in === "string" ? schema.name : (splitPointer(pointer).pop() ?? "");
      return at === undefined
        ? NONE
        : [
            {
              message: `"${name}" asks for a file picker but has no x-ms-dynamic-tree. Add x-ms-dynamic-tree with the "browse" (and "open") operations the picker calls.`,
              path: at,
            },
          ];
    },
    also: {
      node: "document",
      // The connector-level capability (x-ms-capabilities.file-picker at the top), with no x-ms-dynamic-tree anywhere. The
      // search of the whole text runs only for the few documents that declare the capability.
      // A body parameter's own x-ms-capabilities (the walk checks a body's schema, not the parameter) is checked here too.
      check: ({ ctx }) => {
        let out: Issue[] | undefined;
        if (asObject(ctx.doc["x-ms-capabilities"])?.["file-picker"] !== undefined && !JSON.stringify(ctx.doc).includes('"x-ms-dynamic-tree"'))
          (out ??= []).push({
            message: `The connector declares the file picker capability (x-ms-capabilities "file-picker") but no parameter has x-ms-dynamic-tree. Add x-ms-dynamic-tree to the parameter that picks the file, with the "browse" (and "open") operations the picker calls.`,
            path: "/x-ms-capabilities/file-picker",
          });
        const seen = new Set<TJsonObject>();
        for (const o of ctx.operations)
          for (const p of o.parameters)
            if (
              p.param.in === "body" &&
              !seen.has(p.param) &&
              asObject(p.param["x-ms-capabilities"])?.["file-picker"] !== undefined &&
              p.param["x-ms-dynamic-tree"] === undefined
            ) {
              seen.add(p.param);
              (out ??= []).push({
                message: `Body parameter "${text(p.param.name)}" asks for a file picker but has no x-ms-dynamic-tree. Add x-ms-dynamic-tree with the "browse" (and "open") operations the picker calls.`,
                path: joinPointer(p.resolvedPointer, "x-ms-capabilities", "file-picker"),
              });
            }
        return out ?? NONE;
      },
    },
  }),
  defineRule({
    id: "InvalidEnumValue",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "An enum value does not match the declared type.",
    node: "schema",
    keys: ["enum"],
    check: ({ schema, pointer }) => {
      const type = asString(schema.type);
      // Scalar types only: an enum on an array schema often lists its items' values rather than arrays.
      if (!type || type === "array" || type === "object" || !Array.isArray(schema.enum)) return NONE;
      // A loop that allocates only for a mismatch: enums can list thousands of values.
      const values = schema.enum;
      let out: Issue[] | undefined;
      for (let i = 0; i < values.length; i++) {
        const v = values[i] ?? null;
        if (v !== null && !valueMatchesType(v, type))
          (out ??= []).push({
            message: `Enum value ${JSON.stringify(v)} is not of type ${type}. Change it to a ${type} or fix "type".`,
            path: joinPointer(pointer, "enum", i),
          });
      }
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "InvalidEnumValuesExtensionValue",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "An x-ms-enum-values value is not in the enum.",
    node: "schema",
    keys: ["x-ms-enum-values"],
    check: ({ schema, pointer }) => {
      if (!Array.isArray(schema.enum)) return NONE;
      const allowed = new Set(schema.enum.map((v) => JSON.stringify(v)));
      return asArray(schema["x-ms-enum-values"]).flatMap((entry, i) => {
        const value = asObject(entry)?.value;
        return value === undefined || allowed.has(JSON.stringify(value))
          ? NONE
          : [
              {
                message: `x-ms-enum-values lists ${JSON.stringify(value)}, which is not in "enum". Add it to "enum" or remove the entry.`,
                path: joinPointer(pointer, "x-ms-enum-values", i),
              },
            ];
      });
    },
  }),
  defineRule({
    id: "ResponseExampleMustBeProducedByOperation",
    severity: "warning",
    group: "Response",
    origin: "microsoft",
    description: "A response example's media type is not among the operation's 'produces'.",
    node: "response",
    check: ({ response, pointer, operation, ctx }) => {
      const examples = asObject(response.examples);
      if (!examples || !operation) return NONE;
      const produces = (asArray(operation.op.produces).length > 0 ? asArray(operation.op.produces) : asArray(ctx.doc.produces)).map(String);
      if (produces.length === 0) return NONE;
      return Object.keys(examples)
        .filter((type) => !produces.includes(type))
        .map((type) => ({
          message: `The example is for "${type}" but the operation produces ${produces.join(", ")}. Add "${type}" to "produces" or change the example's media type.`,
          path: joinPointer(pointer, "examples", type),
        }));
    },
  }),
  defineRule({
    id: "MimeTypeNotSupported",
    severity: "warning",
    group: "NotSupported",
    origin: "microsoft",
    description:
      "An operation with a body consumes only media types the platform cannot send (for example application/xml alone), or an operation with a structured response produces only XML, which the designer cannot read into outputs.",
    node: "operation",
    check: (operation) => {
      const { op, parameters, pointer, ctx } = operation;
      let out: Issue[] | undefined;
      if (parameters.some((p) => p.param.in === "body" || p.param.in === "formData")) {
        // An operation's own list, even an empty one (ConsumesMissing's), replaces the document's.
        const consumes = (Array.isArray(op.consumes) ? op.consumes : asArray(ctx.doc.consumes)).map((m) => text(m).toLowerCase());
        if (consumes.length > 0 && !consumes.some(isSendable))
          (out ??= []).push({
            message: `The operation consumes only ${consumes.join(", ")}. Custom connectors send JSON, form data, text or binary: add "application/json" (or the matching type) to "consumes".`,
            path: asArray(op.consumes).length > 0 ? joinPointer(pointer, "consumes") : pointer,
          });
      }
      // Responses: the designer reads outputs from a JSON body; an XML body reaches the flow as one text value, so
      // a response schema with properties describes outputs that never appear. Binary and text responses are fine.
      const ownProduces = asArray(op.produces).length > 0;
      const declared = ownProduces ? asArray(op.produces) : asArray(ctx.doc.produces);
      const isXmlOnly = (m: string) => m.includes("xml") && !m.includes("json");
      // Most operations produce JSON first: the test stops there, before the list is lower-cased for the message.
      if (declared.length > 0 && declared.every((m) => isXmlOnly(text(m).toLowerCase()))) {
        const produces = declared.map((m) => text(m).toLowerCase());
        const schema = successSchema(operation);
        if (schema && (schema.type === "array" || asObject(schema.properties) !== undefined))
          (out ??= []).push({
            message: `The operation produces only ${produces.join(", ")}, but its response schema describes JSON outputs; the designer reads outputs only from JSON, so an XML body reaches the flow as one text value. Produce "application/json" if the API can, or declare the response as a string.`,
            path: ownProduces ? joinPointer(pointer, "produces") : pointer,
          });
      }
      return out ?? NONE;
    },
  }),
];
