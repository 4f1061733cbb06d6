import { joinPointer } from "../../parse/json-pointer.ts";
import type { TJsonObject } from "../../types.ts";
import { asObject, chooseMediaType, deref, type TConvertContext } from "./context.ts";
import type { TConvertedBody } from "./convert-body.ts";
import { convertSchema } from "./convert-schema.ts";

const NOTIFICATION_URL = { "x-ms-notification-url": true, "x-ms-visibility": "internal" } as const;

/** The schema of the request a callback sends (its JSON body), converted, or undefined. */
function callbackPayload(ctx: TConvertContext, pathItem: TJsonObject, pointer: string): { schema: TJsonObject; description?: string } | undefined {
  for (const method of ["post", "put"]) {
    const operation = asObject(pathItem[method]);
    if (!operation) continue;
    const found = deref(ctx, operation.requestBody, joinPointer(pointer, method, "requestBody"));
    const content = asObject(found?.value.content) ?? {};
    const chosen = chooseMediaType(Object.keys(content));
    const schema = chosen ? asObject(asObject(content[chosen])?.schema) : undefined;
    const description =
      typeof operation.summary === "string" ? operation.summary : typeof operation.description === "string" ? operation.description : undefined;
    if (found && chosen && schema)
      return { schema: convertSchema(ctx, schema, joinPointer(found.pointer, "content", chosen, "schema")), ...(description ? { description } : {}) };
  }
  return undefined;
}

/** Marks where the operation sends the callback URL: a top-level body property or a query parameter. */
function markNotificationUrl(ctx: TConvertContext, expression: string, body: TConvertedBody, parameters: TJsonObject[]): string | undefined {
  const query = /^\{\$request\.query\.([^}]+)\}$/.exec(expression);
  if (query) {
    const parameter = parameters.find((p) => p.in === "query" && p.name === query[1]);
    if (!parameter) return undefined;
    Object.assign(parameter, NOTIFICATION_URL);
    return `the query parameter ${query[1]}`;
  }
  const inBody = /^\{\$request\.body#\/([^/}]+)\}$/.exec(expression);
  if (!inBody || !body.bodySchema) return undefined;
  const property = inBody[1] as string;
  let schema = asObject(body.bodySchema.parameter.schema) ?? {};
  if (typeof schema.$ref === "string") {
    // The definition may be shared by other operations: this one gets its own copy with the mark.
    const target = deref(ctx, body.bodySchema.source, body.bodySchema.pointer);
    if (!target) return undefined;
    schema = convertSchema(ctx, target.value, target.pointer);
  }
  const properties = asObject(schema.properties);
  const prop = asObject(properties?.[property]);
  if (!properties || !prop) return undefined;
  properties[property] = { ...prop, ...NOTIFICATION_URL };
  body.bodySchema.parameter.schema = schema;
  return `the body property ${property}`;
}

/**
 * Callbacks: the first one that fits the platform's webhook pattern (the operation sends the URL to call in
 * its body or query, and the callback posts a JSON body) makes the operation a webhook trigger; the rest are
 * dropped. Both are reported. Returns the trigger's x-ms-notification-content, which belongs on the path item.
 */
export function applyCallbacks(
  ctx: TConvertContext,
  operation: TJsonObject,
  pointer: string,
  out: TJsonObject,
  body: TConvertedBody,
  parameters: TJsonObject[],
): TJsonObject | undefined {
  const callbacks = asObject(operation.callbacks);
  if (!callbacks) return undefined;
  let notification: TJsonObject | undefined;
  let isTrigger = false;
  for (const [name, raw] of Object.entries(callbacks)) {
    const at = joinPointer(pointer, "callbacks", name);
    const found = deref(ctx, raw, at);
    if (!found) continue;
    for (const [expression, rawItem] of Object.entries(found.value)) {
      const itemAt = joinPointer(found.pointer, expression);
      const pathItem = deref(ctx, rawItem, itemAt)?.value;
      const payload = !isTrigger && pathItem ? callbackPayload(ctx, pathItem, itemAt) : undefined;
      const where = payload ? markNotificationUrl(ctx, expression, body, parameters) : undefined;
      if (payload && where) {
        isTrigger = true;
        out["x-ms-trigger"] = "single";
        notification = { description: payload.description ?? name, schema: payload.schema };
        ctx.losses.add(
          "CallbackAsWebhookTrigger",
          itemAt,
          `The callback "${name}" became a webhook trigger: x-ms-trigger: single, the URL to call is ${where} (x-ms-notification-url), and the callback's body is the path's x-ms-notification-content. The platform unsubscribes through the URL in the Location header of this operation's 201 answer: make sure the API returns it and a DELETE operation exists.`,
        );
      } else {
        ctx.losses.add(
          "CallbackDropped",
          itemAt,
          isTrigger
            ? `The callback "${name}" was dropped: a connector operation is one webhook trigger, and another callback of this operation already became it.`
            : /^\{\$request\.[^}]+\}./.test(expression)
              ? `The callback "${name}" (${expression}) was dropped: the API calls a URL built from the one it is given, and the platform's callback URL must be called exactly as sent. Make the API call the URL as it is, and it becomes a webhook trigger.`
              : `The callback "${name}" (${expression}) was dropped: a webhook trigger needs the URL to call in a top-level body property or a query parameter of this operation ({$request.body#/prop} or {$request.query.name}) and a callback that posts a JSON body.`,
        );
      }
    }
  }
  return notification;
}
