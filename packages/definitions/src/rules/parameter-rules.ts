import { joinPointer } from "../parse/json-pointer.ts";
import type { TJsonObject, TJsonValue } from "../types.ts";
import { duplicateIssues } from "./path-rules.ts";
import { asArray, asObject, asString, describeOperation, text, valueMatchesType } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

/** A form type, or plain text (text/plain, text/csv): a media type a JSON body does not fit. */
const isNotJsonMediaType = (m: string) => FORM_MEDIA_TYPE.test(m) || (/^text\//i.test(m) && !/json/i.test(m));

function sharedParameters(item: TJsonObject, pointer: string, resolve: (ref: string) => TJsonValue | undefined): { param: TJsonObject; pointer: string }[] {
  const out: { param: TJsonObject; pointer: string }[] = [];
  asArray(item.parameters).forEach((entry, i) => {
    const raw = asObject(entry);
    const param = raw && typeof raw.$ref === "string" ? asObject(resolve(raw.$ref)) : raw;
    if (param) out.push({ param, pointer: joinPointer(pointer, "parameters", i) });
  });
  return out;
}

/** The MIME types that carry form data (formData parameters), with any parameters such as "; boundary=...". */
const FORM_MEDIA_TYPE = /^\s*(?:multipart\/form-data|application\/x-www-form-urlencoded)\s*(?:;|$)/i;

/** A parameter's own type, or its body schema's. */
function declaredType(param: TJsonObject): string | undefined {
  return asString(param.type) ?? asString(asObject(param.schema)?.type);
}

export const PARAMETER_RULES: Rule[] = [
  defineRule({
    id: "AllowEmptyValueOnlyValidForQueryFormData",
    severity: "error",
    group: "Metadata",
    origin: "microsoft",
    description: "allowEmptyValue on a parameter that is not in query or formData.",
    node: "parameter",
    keys: ["allowEmptyValue"],
    check: ({ param, pointer }) =>
      param.allowEmptyValue !== undefined && param.in !== "query" && param.in !== "formData"
        ? [
            {
              message: `"allowEmptyValue" applies only to query and formData parameters, but "${text(param.name)}" is in ${text(param.in)}. Remove "allowEmptyValue".`,
              path: joinPointer(pointer, "allowEmptyValue"),
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "OperationParametersContainDuplicateParameter",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "An operation lists the same parameter (name and location) twice.",
    node: "operation",
    check: ({ parameters }) =>
      duplicateIssues(
        parameters.filter((p) => !p.isFromPathItem),
        "this operation",
      ),
  }),
  defineRule({
    id: "PathParametersContainDuplicateParameter",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "A path item's shared parameters list the same parameter twice.",
    node: "pathItem",
    check: ({ item, pointer, ctx }) => duplicateIssues(sharedParameters(item, pointer, ctx.resolve), "this path's shared parameters"),
  }),
  defineRule({
    id: "PathParametersContainMultipleBodyParameters",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "A path item's shared parameters hold more than one body parameter.",
    node: "pathItem",
    check: ({ item, pointer, ctx }) =>
      sharedParameters(item, pointer, ctx.resolve)
        .filter((p) => p.param.in === "body")
        .slice(1)
        .map((p) => ({
          message: `The path's shared parameters already hold a body parameter; a request has only one body. Merge "${text(p.param.name)}" into it.`,
          path: p.pointer,
        })),
  }),
  defineRule({
    id: "OperationParametersContainMultipleBodyParameters",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "More than one 'in: body' parameter in an operation.",
    node: "operation",
    check: ({ parameters }) => {
      const bodies = parameters.filter((p) => p.param.in === "body");
      // Two bodies on the path item alone are PathParametersContainMultipleBodyParameters.
      return bodies
        .slice(1)
        .filter((p) => !p.isFromPathItem)
        .map((p) => ({
          message: `The operation already has body parameter "${text(bodies[0]?.param.name)}"; a request has only one body. Merge "${text(p.param.name)}" into that body's schema.`,
          path: p.pointer,
        }));
    },
  }),
  defineRule({
    id: "ParameterListContainsFormDataAndBody",
    severity: "error",
    group: "Parameters",
    origin: "microsoft",
    description: "An operation mixes 'in: body' and 'in: formData' parameters.",
    node: "operation",
    check: ({ parameters }) => {
      const body = parameters.find((p) => p.param.in === "body");
      const form = parameters.find((p) => p.param.in === "formData");
      return body && form
        ? [
            {
              message: `The operation has both a body parameter ("${text(body.param.name)}") and form data ("${text(form.param.name)}"). Use one or the other: move the form fields into the body schema, or the body into form fields.`,
              path: form.pointer,
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "ReservedParameterIsUsed",
    severity: "error",
    group: "Parameters",
    origin: "microsoft",
    description:
      "A header parameter is named Authorization, which the platform reserves for the connection's credentials (an error), or Host or Content-Length, which it sets itself (a warning).",
    node: "parameter",
    locations: ["header"],
    // The custom connector designer refuses it ("'Authorization' header is not allowed. Use 'API Key' authentication
    // type in the Security tab to set this header"), and none of the corpus's 412 published connectors has one (39 of
    // them declare a Content-Type header parameter, which is therefore not reserved). Microsoft does not list the
    // reserved names; this is the one whose refusal is known.
    check: ({ param, pointer }) => {
      if (param.in !== "header") return NONE;
      const name = text(param.name).toLowerCase();
      if (name === "authorization")
        return [
          {
            message: `The header "${text(param.name)}" is reserved for the connection's credentials and cannot be a parameter. Remove it and declare the credential in "securityDefinitions" (an apiKey in the header named "Authorization", OAuth 2.0 or basic), so the platform sets the header from the connection.`,
            path: joinPointer(pointer, "name"),
          },
        ];
      // The platform sends the request to the connector's host, so it sets Host itself; it measures the body it sends,
      // so it sets Content-Length too. A refusal of either is not documented.
      if (name === "host")
        return [
          {
            message: `The header "${text(param.name)}" is set by the platform from the connector's host and cannot be a parameter. Remove it; to call another host, use a policy (set host URL) in apiProperties.json.`,
            path: joinPointer(pointer, "name"),
            severity: "warning",
          },
        ];
      return name === "content-length"
        ? [
            {
              message: `The header "${text(param.name)}" is set by the platform from the body it sends, so a value given here is at best ignored and a wrong one can break the request. Remove the parameter.`,
              path: joinPointer(pointer, "name"),
              severity: "warning",
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "ConnectionIdParameterNotAllowed",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "A parameter is named connectionId, which the platform reserves.",
    node: "parameter",
    check: ({ param, pointer }) =>
      text(param.name).toLowerCase() === "connectionid"
        ? [
            {
              message: `The parameter name "${text(param.name)}" is reserved by the platform for the connection. Rename it (for example "accountConnectionId").`,
              path: joinPointer(pointer, "name"),
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "FileParameterMustBeInFormData",
    severity: "error",
    group: "Parameters",
    origin: "microsoft",
    description: "A parameter of type file is not 'in: formData'.",
    node: "parameter",
    check: ({ param, pointer }) =>
      param.type === "file" && param.in !== "formData"
        ? [
            {
              message: `Parameter "${text(param.name)}" has type "file" but is "in": "${text(param.in)}". File parameters must be "in": "formData" with consumes multipart/form-data.`,
              path: joinPointer(pointer, "type"),
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "BodyParameterSchemaRequired",
    severity: "error",
    group: "Response",
    origin: "microsoft",
    description: "A body parameter has no schema.",
    node: "parameter",
    locations: ["body"],
    check: ({ param, pointer }) =>
      param.in === "body" && asObject(param.schema) === undefined
        ? [{ message: `Body parameter "${text(param.name)}" has no "schema". Add one, for example "schema": {"type": "object"}.`, path: pointer }]
        : NONE,
  }),
  defineRule({
    id: "InternalRequiredParameterWithoutDefault",
    severity: "warning",
    group: "Properties",
    origin: "hub",
    description: "An internal (hidden) parameter that is required has no default, so the user cannot supply it.",
    node: "parameter",
    keys: ["x-ms-visibility"],
    check: ({ param, pointer }) =>
      param["x-ms-visibility"] === "internal" && param.required === true && param.default === undefined && param.in !== "body"
        ? [
            {
              message: `Parameter "${text(param.name)}" is internal and required but has no default; nobody can fill it in. Add a "default" or make it visible.`,
              path: pointer,
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "DefaultValueMustMatchType",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description: "A parameter's or a schema's default does not match its declared type.",
    node: "parameter",
    keys: ["default"],
    check: ({ param, pointer }) => {
      const type = declaredType(param);
      return param.default !== undefined && param.default !== null && !valueMatchesType(param.default, type)
        ? [
            {
              message: `Parameter "${text(param.name)}" is of type ${text(type)} but its default is ${JSON.stringify(param.default)}. Change the default to a ${text(type)}.`,
              path: joinPointer(pointer, "default"),
            },
          ]
        : NONE;
    },
    also: {
      node: "schema",
      keys: ["default"],
      check: ({ schema, pointer }) => {
        const type = asString(schema.type);
        // The walk visits a non-body parameter as a schema too; the parameter check above reports it, by name.
        return type && schema.default !== null && !valueMatchesType(schema.default as TJsonValue, type) && !/\/parameters\/[^/]+$/.test(pointer)
          ? [
              {
                message: `This schema is of type ${type} but its default is ${JSON.stringify(schema.default)}. Change the default to a ${type}.`,
                path: joinPointer(pointer, "default"),
              },
            ]
          : NONE;
      },
    },
  }),
  defineRule({
    id: "CollectionFormatValueNotSupported",
    severity: "warning",
    group: "NotSupported",
    origin: "microsoft",
    description: "collectionFormat other than csv or multi.",
    node: "parameter",
    keys: ["collectionFormat"],
    check: ({ param, pointer }) => {
      const format = asString(param.collectionFormat);
      return format && !["csv", "multi"].includes(format)
        ? [{ message: `collectionFormat "${format}" is not supported by the platform. Use "csv" or "multi".`, path: joinPointer(pointer, "collectionFormat") }]
        : NONE;
    },
  }),
  defineRule({
    id: "QueryParameterEncodingNotSupported",
    severity: "warning",
    group: "Parameters",
    origin: "microsoft",
    description: "x-ms-url-encoding is set on a parameter that is not in the path.",
    node: "parameter",
    keys: ["x-ms-url-encoding"],
    check: ({ param, pointer }) =>
      param["x-ms-url-encoding"] !== undefined && param.in !== "path"
        ? [
            {
              message: `x-ms-url-encoding applies only to path parameters; "${text(param.name)}" is in ${text(param.in)}. Remove it.`,
              path: joinPointer(pointer, "x-ms-url-encoding"),
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "PathParameterMissingEncoding",
    severity: "warning",
    group: "Parameters",
    origin: "microsoft",
    description: 'A path parameter has no x-ms-url-encoding (or one that is neither "single" nor "double"), which may lead to invalid requests.',
    node: "parameter",
    locations: ["path"],
    check: ({ param, pointer }) => {
      if (param.in !== "path") return NONE;
      const v = param["x-ms-url-encoding"];
      if (v === undefined)
        return [
          {
            message: `Path parameter "${text(param.name)}" has no encoding, so a value with "/", "?" or "#" can change the request's URL. Add "x-ms-url-encoding": "single" (or "double" if the API decodes twice).`,
            path: pointer,
          },
        ];
      return v !== "single" && v !== "double"
        ? [{ message: `x-ms-url-encoding is ${JSON.stringify(v)}. Use "single" or "double".`, path: joinPointer(pointer, "x-ms-url-encoding") }]
        : NONE;
    },
  }),
  defineRule({
    id: "StringBinaryNotSupportedForFormUrlEncoded",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "A binary form field in an operation that consumes application/x-www-form-urlencoded.",
    node: "operation",
    check: ({ op, parameters, ctx }) => {
      const consumes = asArray(op.consumes).length > 0 ? asArray(op.consumes) : asArray(ctx.doc.consumes);
      if (!consumes.includes("application/x-www-form-urlencoded") || consumes.includes("multipart/form-data")) return NONE;
      return parameters
        .filter((p) => p.param.in === "formData" && (p.param.type === "file" || p.param.format === "binary"))
        .map((p) => ({
          message: `Form field "${text(p.param.name)}" is binary but the operation consumes application/x-www-form-urlencoded. Consume multipart/form-data instead.`,
          path: p.pointer,
        }));
    },
  }),
  defineRule({
    id: "MimeTypeNotCompatibleWithRequestContentSchemaType",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description:
      "An operation sends form data (formData parameters) but consumes neither multipart/form-data nor application/x-www-form-urlencoded, or sends an object or array body (JSON) but consumes only those form types or plain text.",
    node: "operation",
    check: ({ op, parameters, ctx, pointer, method, path }) => {
      const form = parameters.find((p) => p.param.in === "formData");
      const body = parameters.find((p) => p.param.in === "body");
      // Both at once is ParameterListContainsFormDataAndBody's to report.
      if ((form === undefined) === (body === undefined)) return NONE;
      const own = asArray(op.consumes);
      const consumes = (own.length > 0 ? own : asArray(ctx.doc.consumes)).filter((m): m is string => typeof m === "string");
      // No consumes at all is ConsumesMissing's to report.
      if (consumes.length === 0) return NONE;
      const at = own.length > 0 ? joinPointer(pointer, "consumes") : ((form ?? body)?.pointer ?? pointer);
      const listed = consumes.map((m) => JSON.stringify(m)).join(", ");
      if (form !== undefined)
        return consumes.some((m) => FORM_MEDIA_TYPE.test(m))
          ? NONE
          : [
              {
                message: `${describeOperation(op, method, path)} sends form data (parameter "${text(form.param.name)}" is in formData) but consumes ${listed}. Add "multipart/form-data" (needed for files) or "application/x-www-form-urlencoded" to ${own.length > 0 ? "its" : "the operation's"} consumes, or send a body parameter instead.`,
                path: at,
              },
            ];
      // A body described by an object or array schema is sent as JSON: consuming form types only does not fit it.
      const raw = asObject(body?.param.schema);
      const schema = typeof raw?.$ref === "string" ? asObject(ctx.resolve(raw.$ref)) : raw;
      const type = asString(schema?.type) ?? (schema?.properties !== undefined ? "object" : undefined);
      if ((type !== "object" && type !== "array") || !consumes.every(isNotJsonMediaType)) return NONE;
      return [
        {
          message: `${describeOperation(op, method, path)} has a body described by an ${type} schema, which is sent as JSON, but consumes only ${listed}. Consume "application/json"${consumes.every((m) => FORM_MEDIA_TYPE.test(m)) ? ", or send the fields as formData parameters" : ", or describe the body as a string if the API takes text"}.`,
          path: at,
        },
      ];
    },
  }),
  defineRule({
    id: "InvalidFormDataParameterName",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "A formData parameter's name has characters outside US-ASCII.",
    node: "parameter",
    locations: ["formData"],
    check: ({ param, pointer }) =>
      param.in === "formData" && typeof param.name === "string" && /[^\x00-\x7f]/.test(param.name)
        ? [
            {
              message: `Form field "${param.name}" has characters outside US-ASCII, which the platform refuses in form data names. Rename it with ASCII letters, digits and punctuation only.`,
              path: joinPointer(pointer, "name"),
            },
          ]
        : NONE,
  }),
];
