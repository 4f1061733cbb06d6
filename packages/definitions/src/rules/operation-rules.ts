import { PLATFORM_LIMITS } from "./platform-limits.ts";
import { joinPointer } from "../parse/json-pointer.ts";
import { asArray, asObject, asString, describeOperation, isSendable, pascalCase, text } from "./rule-helpers.ts";
import type { TJsonObject } from "../types.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

const MAX_OPERATION_ID_LENGTH = PLATFORM_LIMITS.operationIdLength;
const MAX_SUMMARY_LENGTH = PLATFORM_LIMITS.summaryLength;

/** A 2xx status code key ("200", "204"), tested without a regular expression: this runs for every response. */
function isSuccessCode(key: string): boolean {
  if (key.length !== 3 || key.charCodeAt(0) !== 50) return false;
  const b = key.charCodeAt(1);
  const c = key.charCodeAt(2);
  return b >= 48 && b <= 57 && c >= 48 && c <= 57;
}

/** Whether a responses object has a key other than an x- extension. */
function hasResponseCode(responses: TJsonObject): boolean {
  for (const code in responses) if (!code.startsWith("x-")) return true;
  return false;
}

export const OPERATION_RULES: Rule[] = [
  defineRule({
    id: "OperationIdRequired",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "Every operation needs an operationId; flows refer to actions by it (an empty one is RequiredValueEmpty).",
    node: "operation",
    check: ({ op, method, path, pointer }) =>
      // "" or "  " is there but empty: RequiredValueEmpty ("The '{0}' property must have not empty value").
      typeof op.operationId === "string"
        ? NONE
        : [
            {
              message: `${method.toUpperCase()} ${path} has no operationId. Add a unique "operationId", such as "GetItems", to this operation.`,
              path: pointer,
            },
          ],
  }),
  defineRule({
    id: "OperationIdNotUnique",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description:
      "Two operations share an operationId (an error); two that differ only in letter case are a warning, since whether the platform tells them apart is not documented.",
    node: "operation",
    check: ({ op, pointer, ctx }) => {
      const id = asString(op.operationId);
      if (!id) return NONE;
      // One pass per document: the first operation with each id, exact and in lower case, for the operations that
      // have an earlier one (most have none, and their check is one lookup).
      const clashes = ctx.memo("operationIdClashes", () => {
        type TOperation = (typeof ctx.operations)[number];
        const exact = new Map<string, TOperation>();
        const folded = new Map<string, TOperation>();
        const out = new Map<TJsonObject, { same: TOperation | undefined; other: TOperation | undefined }>();
        for (const o of ctx.operations) {
          const key = asString(o.op.operationId);
          if (key === undefined) continue;
          const lower = key.toLowerCase();
          const same = exact.get(key);
          const other = folded.get(lower);
          if (same === undefined) exact.set(key, o);
          if (other === undefined) folded.set(lower, o);
          if (same !== undefined || other !== undefined) out.set(o.op, { same, other });
        }
        return out;
      });
      const clash = clashes.get(op);
      if (clash === undefined) return NONE;
      const same = clash.same;
      if (same && same.pointer !== pointer)
        return [
          {
            message: `operationId "${id}" is already used by ${same.method.toUpperCase()} ${same.path}. Give this operation a different operationId.`,
            path: joinPointer(pointer, "operationId"),
          },
        ];
      const other = clash.other;
      if (!other || other.pointer === pointer) return NONE;
      return [
        {
          message: `operationId "${id}" differs only in letter case from "${asString(other.op.operationId)}" (${other.method.toUpperCase()} ${other.path}). Flows and tools may not tell them apart; give this operation a clearly different operationId.`,
          path: joinPointer(pointer, "operationId"),
          severity: "warning",
        },
      ];
    },
  }),
  defineRule({
    id: "OperationIdTooLong",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: `operationId longer than ${MAX_OPERATION_ID_LENGTH} characters.`,
    node: "operation",
    check: ({ op, pointer }) => {
      const id = asString(op.operationId);
      return id && id.length > MAX_OPERATION_ID_LENGTH
        ? [
            {
              message: `operationId "${id.slice(0, 40)}..." is ${id.length} characters long. Shorten it to at most ${MAX_OPERATION_ID_LENGTH}.`,
              path: joinPointer(pointer, "operationId"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationIdSanitized",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "operationId holds characters other than letters, digits and '_' (a hyphen, space, dot or symbol); the platform sanitizes it.",
    node: "operation",
    check: ({ op, pointer }) => {
      const id = asString(op.operationId);
      // "Please avoid the usage of non-alphanumeric characters": the sanitized value is an identifier, so '_' (which an
      // identifier may hold, and 24 published connectors use) stays; '-' does not (15 published connectors use it,
      // which is why this is a warning, not an error).
      return id && !/^[A-Za-z0-9_]+$/.test(id)
        ? [
            {
              message: `operationId "${id}" holds characters the platform sanitizes away (hyphens, spaces, dots or symbols), so its sanitized value differs. Use only letters and digits, in PascalCase, for example "${pascalCase(id) || "GetItems"}".`,
              path: joinPointer(pointer, "operationId"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationSummaryTooLong",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: `Summary longer than ${MAX_SUMMARY_LENGTH} characters; it is the action's name in the designer.`,
    node: "operation",
    check: ({ op, pointer }) => {
      const summary = asString(op.summary);
      return summary && summary.length > MAX_SUMMARY_LENGTH
        ? [
            {
              message: `The summary is ${summary.length} characters long. Shorten it to at most ${MAX_SUMMARY_LENGTH} and move detail to "description".`,
              path: joinPointer(pointer, "summary"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "RestrictedCharactersInSummary",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "Summary contains a character the platform restricts ([/\\<>*%&?], as its message lists them in certification reviews) or a line break.",
    node: "operation",
    // "Summary string contains any of the restricted characters [/\<>*%&?]" (certification.md, from reviews of
    // submissions); line breaks and tabs too, which a name in the designer cannot show.
    check: ({ op, pointer }) => {
      const summary = asString(op.summary);
      const bad = summary?.match(/[\n\r\t<>/\\*%&?]/);
      return summary && bad
        ? [
            {
              message: `The summary "${summary.slice(0, 60)}" contains ${JSON.stringify(bad[0])}, one of the characters the platform restricts in summaries (/ \\ < > * % & ? and line breaks). Rephrase it without them ("and" for "&").`,
              path: joinPointer(pointer, "summary"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationMustHaveResponse",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "Operation declares no responses. Tolerated by the platform (common in published connectors), but the designer shows no outputs.",
    node: "operation",
    check: ({ op, method, path, pointer }) => {
      const responses = asObject(op.responses);
      return responses && hasResponseCode(responses)
        ? NONE
        : [
            {
              message: `${describeOperation(op, method, path)} declares no responses. Add at least a "200" (or "default") response so flows can use its outputs.`,
              path: pointer,
            },
          ];
    },
  }),
  defineRule({
    id: "OperationShouldHaveSuccessfulResponse",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "Operation has responses but none is successful (2xx); a 'default' response alone does not count.",
    node: "operation",
    check: ({ op, method, path, pointer }) => {
      const responses = asObject(op.responses);
      if (!responses) return NONE;
      let codes = 0;
      for (const code in responses) {
        if (code.startsWith("x-")) continue;
        // "default" describes the other outcomes (DefaultResponseHasSchema: schemas belong on expected responses).
        if (isSuccessCode(code)) return NONE;
        codes++;
      }
      if (codes === 0) return NONE;
      return [
        {
          message: `${describeOperation(op, method, path)} has no successful (2xx) response${responses.default !== undefined ? ", only a default one" : ""}. Add the response the API returns on success, such as "200".`,
          path: joinPointer(pointer, "responses"),
        },
      ];
    },
  }),
  defineRule({
    id: "OperationHasManyResponsesWithSchema",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "More than one response carries a schema; the designer only uses one. Tolerated by the platform.",
    node: "operation",
    check: ({ op, method, path, pointer }) => {
      const responses = asObject(op.responses);
      if (!responses) return NONE;
      let count = 0;
      for (const k in responses) if (isSuccessCode(k) && asObject(responses[k])?.schema !== undefined) count++;
      if (count < 2) return NONE;
      const withSchema = Object.keys(responses).filter((k) => isSuccessCode(k) && asObject(responses[k])?.schema !== undefined);
      return withSchema.length > 1
        ? [
            {
              message: `${describeOperation(op, method, path)} has schemas on the successful responses ${withSchema.join(", ")}. Keep the schema on one of them; the designer shows only one as outputs.`,
              path: joinPointer(pointer, "responses"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "ConsumesMissing",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description:
      "Operation takes a body or form data but neither it nor the document declares 'consumes' (or its own 'consumes' is an empty list), or none of the types it consumes is one the platform can send.",
    node: "operation",
    check: ({ op, parameters, pointer, ctx }) => {
      const needs = parameters.some((p) => p.param.in === "body" || p.param.in === "formData");
      if (!needs) return NONE;
      // An operation's own "consumes" replaces the document's, so an empty one leaves the operation with none.
      if (Array.isArray(op.consumes) && op.consumes.length === 0)
        return [
          {
            message: `This operation sends a body but its "consumes" is empty, which overrides the document's. List the media type the API expects, such as "application/json", or remove the empty "consumes".`,
            path: joinPointer(pointer, "consumes"),
          },
        ];
      // "At least one supported MIME type must be provided": consumes lists only types the platform cannot send
      // (application/xml alone); MimeTypeNotSupported names them.
      const listed = (asArray(op.consumes).length > 0 ? asArray(op.consumes) : asArray(ctx.doc.consumes)).map((m) => text(m).toLowerCase());
      if (listed.length > 0 && !listed.some(isSendable))
        return [
          {
            message: `This operation sends a body but consumes only ${listed.join(", ")}, none of which the platform sends. Add a supported type such as "application/json" to "consumes".`,
            path: asArray(op.consumes).length > 0 ? joinPointer(pointer, "consumes") : pointer,
          },
        ];
      if (listed.length > 0) return NONE;
      return [
        {
          message: `This operation sends a body but no "consumes" says its media type. Add "consumes": ["application/json"] (or the type the API expects) to the operation or the document.`,
          path: pointer,
        },
      ];
    },
  }),
  defineRule({
    id: "TotalOperationsCountExceedsMaxAllowed",
    severity: "error",
    group: "Limits",
    origin: "microsoft",
    description: `More than ${PLATFORM_LIMITS.operations} operations in one connector (platform limit).`,
    node: "document",
    check: ({ ctx }) =>
      ctx.operations.length > PLATFORM_LIMITS.operations
        ? [
            {
              message: `The definition has ${ctx.operations.length} operations; a connector may have at most ${PLATFORM_LIMITS.operations}. Split it into several connectors.`,
              path: "/paths",
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "DefinitionSizeExceedsMaxAllowed",
    severity: "warning",
    group: "Limits",
    origin: "hub",
    description: "Definition file larger than the documented 1 MB; the platform has accepted slightly larger certified connectors, so this is a warning.",
    node: "document",
    check: ({ ctx }) =>
      ctx.byteLength > PLATFORM_LIMITS.definitionBytes
        ? [
            {
              message: `The definition is ${(ctx.byteLength / 1048576).toFixed(2)} MB; Microsoft documents a limit of 1 MB. Remove unused definitions, examples and long descriptions, or split the connector.`,
              path: "",
            },
          ]
        : NONE,
  }),
];
