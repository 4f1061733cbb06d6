import { HTTP_METHODS } from "../document/list-operations.ts";
import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonObject } from "../types.ts";
import { asArray, asObject, describeOperation, text } from "./rule-helpers.ts";
import { NONE, defineRule, type OperationTarget, type Rule } from "./rule-types.ts";

interface NotificationUrlSite {
  pointer: string;
  node: TJsonObject;
  /** Required "all the way through the schema chain": the body parameter, each parent property and the property. */
  isRequired: boolean;
  /** The first link of that chain that is not required (for the message), when isRequired is false. */
  optionalLink?: string;
  /** The property itself "or at least one of its parents" (or the body parameter) is internal. */
  isInternal: boolean;
  /** Marked on a parameter itself (query, header...), not on a property of the body. */
  isParameter: boolean;
  name: string;
}

/** Where the operation marks its callback URL: a parameter, or a top-level property of the body schema. */
const NO_SITES: NotificationUrlSite[] = [];
const sitesByOperation = new WeakMap<OperationTarget, NotificationUrlSite[]>();

function findNotificationUrls(operation: OperationTarget): NotificationUrlSite[] {
  // A document with no x-ms-notification-url key anywhere has no sites: no need to search its body schemas.
  if (!operation.ctx.mayHaveNotificationUrl) return NO_SITES;
  // Five rules ask the same question of each operation; answer it once.
  let sites = sitesByOperation.get(operation);
  if (!sites) {
    sites = collectNotificationUrls(operation);
    sitesByOperation.set(operation, sites);
  }
  return sites;
}

const MAX_CALLBACK_DEPTH = 8;

/** Where a schema search is: the required and internal state of the chain of parents above the current schema. */
interface SchemaChain {
  operation: OperationTarget;
  seen: Set<TJsonObject>;
  out: NotificationUrlSite[];
  /** Also search array items (responses: a list's items). */
  throughItems: boolean;
}

/**
 * Searches a body schema for the property marked x-ms-notification-url: through $ref (to the definition it
 * names), allOf and nested object properties, each schema once, noting whether the chain of parents down to it is
 * required (the first optional link) and whether any of them is internal.
 */
function collectSchemaUrls(
  chain: SchemaChain,
  value: TJsonObject | undefined,
  pointer: string,
  depth: number,
  optionalLink: string | undefined,
  isInternal: boolean,
): void {
  if (!value || depth > MAX_CALLBACK_DEPTH || chain.seen.has(value)) return;
  chain.seen.add(value);
  const { operation } = chain;
  // The schema itself counts as a parent: an internal object hides what it holds.
  if (value["x-ms-visibility"] === "internal") isInternal = true;
  if (typeof value.$ref === "string") {
    const target = asObject(operation.ctx.resolve(value.$ref));
    if (value.$ref.startsWith("#")) collectSchemaUrls(chain, target, value.$ref.slice(1), depth + 1, optionalLink, isInternal);
    return;
  }
  // A response's list (an array of items, as most list operations return) is searched too; an input body's
  // callback property is never inside an array, so its search does not look there.
  if (chain.throughItems && asObject(value.items))
    collectSchemaUrls(chain, asObject(value.items), joinPointer(pointer, "items"), depth + 1, optionalLink, isInternal);
  const props = asObject(value.properties);
  const required = asArray(value.required);
  if (props) {
    for (const name of Object.keys(props)) {
      const raw = asObject(props[name]);
      if (!raw) continue;
      const at = joinPointer(pointer, "properties", name);
      const prop = typeof raw.$ref === "string" && raw["x-ms-notification-url"] === undefined ? asObject(operation.ctx.resolve(raw.$ref)) : raw;
      const link = optionalLink ?? (required.includes(name) ? undefined : `property "${name}"`);
      const internal = isInternal || prop?.["x-ms-visibility"] === "internal";
      if (prop?.["x-ms-notification-url"] === true)
        chain.out.push({ pointer: at, node: prop, isRequired: link === undefined, optionalLink: link, isInternal: internal, isParameter: false, name });
      else collectSchemaUrls(chain, raw, at, depth + 1, link, internal);
    }
  }
  asArray(value.allOf).forEach((part, i) => collectSchemaUrls(chain, asObject(part), joinPointer(pointer, "allOf", i), depth + 1, optionalLink, isInternal));
}

function collectNotificationUrls(operation: OperationTarget): NotificationUrlSite[] {
  const out: NotificationUrlSite[] = [];
  for (const p of operation.parameters) {
    const name = text(p.param.name);
    const isInternal = p.param["x-ms-visibility"] === "internal";
    if (p.param["x-ms-notification-url"] === true)
      out.push({
        pointer: p.pointer,
        node: p.param,
        isRequired: p.param.required === true,
        optionalLink: p.param.required === true ? undefined : `parameter "${name}"`,
        isInternal,
        isParameter: p.param.in !== "body",
        name,
      });
    if (p.param.in === "body")
      collectSchemaUrls(
        { operation, seen: new Set(), out, throughItems: false },
        asObject(p.param.schema),
        joinPointer(p.pointer, "schema"),
        0,
        p.param.required === true ? undefined : `the body parameter "${name}"`,
        isInternal,
      );
  }
  return out;
}

/** Response schema properties marked x-ms-notification-url (none in a document without that key anywhere). */
function responseNotificationUrls(operation: OperationTarget): NotificationUrlSite[] {
  if (!operation.ctx.mayHaveNotificationUrl) return NO_SITES;
  const responses = asObject(operation.op.responses);
  if (!responses) return NO_SITES;
  const out: NotificationUrlSite[] = [];
  const seen = new Set<TJsonObject>();
  for (const status of Object.keys(responses)) {
    if (status.startsWith("x-")) continue;
    let response = asObject(responses[status]);
    if (typeof response?.$ref === "string") response = asObject(operation.ctx.resolve(response.$ref));
    const schema = asObject(response?.schema);
    if (schema)
      collectSchemaUrls(
        { operation, seen, out, throughItems: true },
        schema,
        joinPointer(operation.pointer, "responses", status, "schema"),
        0,
        undefined,
        false,
      );
  }
  return out;
}

/** The operation an x-ms-notification names by operationId: undefined when there is none, "missing" when no operation has that id. */
function notificationTarget(op: TJsonObject, operations: readonly OperationTarget[]): OperationTarget | "missing" | undefined {
  const id = asObject(op["x-ms-notification"])?.operationId;
  if (typeof id !== "string" || id === "") return undefined;
  return operations.find((o) => o.op.operationId === id) ?? "missing";
}

/** A webhook: a trigger that registers a callback, or any operation with an x-ms-notification-url property. */
function isWebhookOperation(operation: OperationTarget): boolean {
  return operation.isWebhook || findNotificationUrls(operation).length > 0;
}

function parameterType(param: TJsonObject): string | undefined {
  const type = param.type ?? asObject(param.schema)?.type;
  return typeof type === "string" ? type : undefined;
}

/** x-ms-visibility as the designer reads it: absent and "" are both the default, "none". */
function visibilityOf(param: TJsonObject): string {
  const v = param["x-ms-visibility"];
  return typeof v === "string" && v !== "" ? v.toLowerCase() : "none";
}

export const WEBHOOK_RULES: Rule[] = [
  defineRule({
    id: "WebhookOperationsMissingNotificationUrlProperty",
    severity: "error",
    group: "Webhooks",
    origin: "microsoft",
    description: "A webhook trigger does not mark where the callback URL goes (x-ms-notification-url: true).",
    node: "operation",
    keys: ["x-ms-trigger"],
    check: (operation) =>
      operation.isWebhook && findNotificationUrls(operation).length === 0
        ? [
            {
              message: `Webhook trigger ${describeOperation(operation.op, operation.method, operation.path)} has no callback URL. Mark the body property that receives it with "x-ms-notification-url": true and "x-ms-visibility": "internal".`,
              path: operation.pointer,
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "NotificationUrlNotString",
    severity: "error",
    group: "Webhooks",
    origin: "microsoft",
    description: "The x-ms-notification-url property is not of type string.",
    node: "operation",
    check: (operation) =>
      findNotificationUrls(operation)
        .filter((s) => s.node.type !== "string")
        .map((s) => ({
          message: `"${s.name}" carries the callback URL but has type ${JSON.stringify(s.node.type ?? null)}. Give it "type": "string".`,
          path: s.pointer,
        })),
  }),
  defineRule({
    id: "NotificationUrlNotRequired",
    severity: "warning",
    group: "Webhooks",
    origin: "microsoft",
    description:
      "The x-ms-notification-url property is not required all the way through the schema chain (the body parameter, each parent property, the property).",
    node: "operation",
    check: (operation) =>
      findNotificationUrls(operation)
        .filter((s) => !s.isRequired)
        .map((s) => ({
          message:
            s.optionalLink === `parameter "${s.name}"`
              ? `Parameter "${s.name}" carries the callback URL but is not required. Set "required": true on it.`
              : s.optionalLink === `property "${s.name}"`
                ? `"${s.name}" carries the callback URL but is not required. Add "${s.name}" to the schema's "required" list.`
                : `"${s.name}" carries the callback URL, but ${s.optionalLink ?? "a parent"} above it is not required; the callback property must be required all the way from the body parameter. Make ${s.optionalLink ?? "it"} required.`,
          path: s.pointer,
        })),
  }),
  defineRule({
    id: "NotificationUrlNotInternal",
    severity: "warning",
    group: "Webhooks",
    origin: "microsoft",
    description: "Neither the x-ms-notification-url property nor any of its parents is internal, so users are asked for it.",
    node: "operation",
    check: (operation) =>
      findNotificationUrls(operation)
        .filter((s) => !s.isInternal)
        .map((s) => ({
          message: `"${s.name}" carries the callback URL, which the platform fills in. Add "x-ms-visibility": "internal" so users are not asked for it.`,
          path: s.pointer,
        })),
  }),
  defineRule({
    id: "NotificationUrlNotAllowedInThisPosition",
    severity: "warning",
    group: "Webhooks",
    origin: "microsoft",
    description: "x-ms-notification-url is used in an operation that is not a webhook trigger, or in a response instead of the input body.",
    node: "operation",
    check: (operation) => {
      const inputs = operation.isTrigger
        ? // "It is allowed only in input body": a query, header or path parameter marked as the callback URL.
          findNotificationUrls(operation)
            .filter((s) => s.isParameter)
            .map((s) => ({
              message: `Parameter "${s.name}" is marked x-ms-notification-url, which is allowed only on a property of the input body. Move the callback URL into the body schema (an internal, required string property).`,
              path: s.pointer,
            }))
        : findNotificationUrls(operation).map((s) => ({
            // Certified connectors publish actions that wait for a callback this way (CompanyConnect's prompts), so the
            // advice covers both intents.
            message: `"${s.name}" is marked x-ms-notification-url but ${describeOperation(operation.op, operation.method, operation.path)} is not a trigger; Microsoft documents the callback URL for webhook triggers. If it is meant to start flows, add "x-ms-trigger": "single". If it is an action that waits for a callback, test that the platform calls it back; otherwise remove the marker.`,
            path: s.pointer,
          }));
      // "It is allowed only in input body": a response schema's property marked as the callback URL, or one of the
      // notification's payload (x-ms-notification-content, read once: for the path item's first trigger; or on the
      // operation itself, where NotificationExtensionNotSupportedInWebhookOperation says it is misplaced).
      const onOperation = asObject(asObject(operation.op["x-ms-notification-content"])?.schema);
      const content = onOperation ?? asObject(asObject(operation.pathItem["x-ms-notification-content"])?.schema);
      const payload: NotificationUrlSite[] = [];
      if (
        content &&
        operation.ctx.mayHaveNotificationUrl &&
        (onOperation !== undefined || operation.ctx.operations.find((o) => o.pathItem === operation.pathItem && o.isTrigger) === operation)
      )
        collectSchemaUrls(
          { operation, seen: new Set(), out: payload, throughItems: true },
          content,
          onOperation
            ? joinPointer(operation.pointer, "x-ms-notification-content", "schema")
            : joinPointer(operation.pointer.slice(0, operation.pointer.lastIndexOf("/")), "x-ms-notification-content", "schema"),
          0,
          undefined,
          false,
        );
      const inPayload = payload.map((s) => ({
        message: `"${s.name}" in the notification's payload (x-ms-notification-content) is marked x-ms-notification-url, which belongs only on the input body's callback property. Remove the marker from the payload.`,
        path: s.pointer,
      }));
      const outputs = responseNotificationUrls(operation).map((s) => ({
        message: `"${s.name}" in a response of ${describeOperation(operation.op, operation.method, operation.path)} is marked x-ms-notification-url, which belongs only on the input body's callback property. Remove the marker from the response.`,
        path: s.pointer,
      }));
      return outputs.length === 0 && inPayload.length === 0 ? inputs : [...inputs, ...outputs, ...inPayload];
    },
  }),
  defineRule({
    id: "NotificationExtensionSupportedForTriggerOnly",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "x-ms-notification on an operation that is not a trigger, or x-ms-notification-content on a path with no trigger operation.",
    node: "pathItem",
    check: ({ item, pointer, ctx }) => {
      let out: Issue[] | undefined;
      if (item["x-ms-notification-content"] !== undefined && !ctx.operations.some((o) => o.pathItem === item && o.isTrigger))
        (out ??= []).push({
          message: `x-ms-notification-content describes a webhook's payload, but no operation on this path has x-ms-trigger. Move it to the webhook trigger's path or remove it.`,
          path: joinPointer(pointer, "x-ms-notification-content"),
        });
      // Only a path item that has an operation with x-ms-notification looks its operations up (most have none).
      if (HTTP_METHODS.some((m) => asObject(item[m])?.["x-ms-notification"] !== undefined))
        for (const o of ctx.operations)
          if (o.pathItem === item && !o.isTrigger && o.op["x-ms-notification"] !== undefined)
            (out ??= []).push({
              message: `${describeOperation(o.op, o.method, o.path)} has x-ms-notification, which only a trigger (x-ms-trigger) may have. Remove it, or make the operation a trigger.`,
              path: joinPointer(o.pointer, "x-ms-notification"),
            });
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "NotificationOperationMustBeWebhook",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "x-ms-notification names, in its operationId, an operation that is not a webhook (one that registers an x-ms-notification-url).",
    node: "operation",
    keys: ["x-ms-notification"],
    check: ({ op, pointer, ctx }) => {
      const target = notificationTarget(op, ctx.operations);
      if (target === undefined) return NONE;
      const at = joinPointer(pointer, "x-ms-notification", "operationId");
      // An operationId no operation has is OperationIdNotFound's ("could not be found in this swagger document").
      if (target === "missing") return NONE;
      return isWebhookOperation(target)
        ? NONE
        : [
            {
              message: `x-ms-notification names ${describeOperation(target.op, target.method, target.path)}, which is not a webhook: it has no x-ms-notification-url property for the callback. Name the webhook operation instead.`,
              path: at,
            },
          ];
    },
  }),
  defineRule({
    id: "ParamtersWithSameNameMustHaveSameTypeAndVisibility",
    severity: "warning",
    group: "Parameters",
    origin: "microsoft",
    description:
      "A trigger and the webhook its x-ms-notification names (the fetch and the subscribe operation) have a parameter of the same name with another type or visibility.",
    node: "operation",
    keys: ["x-ms-notification"],
    check: ({ op, parameters, ctx }) => {
      const target = notificationTarget(op, ctx.operations);
      if (target === undefined || target === "missing") return NONE;
      const theirs = new Map(target.parameters.map((p) => [text(p.param.name), p.param]));
      let out: Issue[] | undefined;
      for (const p of parameters) {
        const other = theirs.get(text(p.param.name));
        if (other === undefined) continue;
        const [type, otherType] = [parameterType(p.param), parameterType(other)];
        const [visibility, otherVisibility] = [visibilityOf(p.param), visibilityOf(other)];
        if (type === otherType && visibility === otherVisibility) continue;
        (out ??= []).push({
          message: `Parameter "${text(p.param.name)}" is ${type ?? "untyped"} (visibility ${visibility}) here but ${otherType ?? "untyped"} (visibility ${otherVisibility}) in ${describeOperation(target.op, target.method, target.path)}, the webhook this trigger's x-ms-notification names. Give both the same type and x-ms-visibility.`,
          path: p.pointer,
        });
      }
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "BatchTriggerResponseNotArray",
    severity: "warning",
    group: "Triggers",
    origin: "hub",
    description: "A batch trigger's 200 response schema is not an array (and sets no x-ms-trigger-metadata).",
    node: "operation",
    keys: ["x-ms-trigger"],
    check: ({ op, pointer, ctx }) => {
      if (op["x-ms-trigger"] !== "batch") return NONE;
      const raw = asObject(asObject(asObject(op.responses)?.["200"])?.schema);
      const schema = raw && typeof raw.$ref === "string" ? asObject(ctx.resolve(raw.$ref)) : raw;
      if (!schema || schema.type === "array" || op["x-ms-trigger-metadata"] !== undefined) return NONE;
      return [
        {
          message: `This batch trigger's 200 response is not an array. Return an array of items or use "x-ms-trigger": "single".`,
          path: joinPointer(pointer, "responses", "200", "schema"),
        },
      ];
    },
  }),
  defineRule({
    id: "SchemaDefinitionSetIncorrectly",
    severity: "warning",
    group: "Response",
    origin: "microsoft",
    description:
      "A trigger describes its output nowhere: a polling trigger on no 200/201 response, a webhook trigger neither there nor in x-ms-notification-content, so the designer shows no outputs.",
    node: "operation",
    keys: ["x-ms-trigger"],
    check: ({ isTrigger, isWebhook, op, pathItem, pointer, method, path }) => {
      if (!isTrigger) return NONE;
      // x-ms-notification-content counts only with a schema: without one it describes no output either.
      if (isWebhook && asObject(pathItem["x-ms-notification-content"])?.schema !== undefined) return NONE;
      const responses = asObject(op.responses);
      if (asObject(responses?.["200"])?.schema !== undefined || asObject(responses?.["201"])?.schema !== undefined) return NONE;
      if (!isWebhook)
        return [
          {
            message: `Polling trigger ${describeOperation(op, method, path)} has no 200 or 201 response with a schema, so flows get no trigger outputs. Add one describing the new items.`,
            path: joinPointer(pointer, "responses"),
          },
        ];
      return [
        {
          message: `Webhook trigger ${describeOperation(op, method, path)} describes no output: the designer shows nothing to use in later steps. Add a schema to the 200 or 201 response, or describe the callback's payload in x-ms-notification-content on the path.`,
          path: pointer,
        },
      ];
    },
  }),
];
