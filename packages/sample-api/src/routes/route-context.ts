import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { TInventoryContext } from "../domain/inventory-context.ts";
import type { TPage } from "../domain/paginate-items.ts";
import type { TSampleVariant } from "../auth/sample-variants.ts";
import type { TWebhookDispatcher } from "../webhooks/create-webhook-dispatcher.ts";

export type TRouteContext = {
  variant: TSampleVariant;
  inventory: TInventoryContext;
  dispatcher: TWebhookDispatcher;
  publicUrlOf: (request: FastifyRequest) => string;
  pollRetryAfterSeconds: number;
  /** Where webhook callbacks may point; null = anywhere (http/https). */
  allowedCallbackOrigins: string[] | null;
};

export const ZPaging = z.object({
  page: z.coerce.number().int().min(1, "must be 1 or more").default(1),
  pageSize: z.coerce.number().int().min(1, "must be 1 or more").max(100, "must be 100 or less").default(20),
});

export const ZBooleanText = z.enum(["true", "false"], { message: "must be true or false" }).transform((value) => value === "true");

// Absolute URL of this variant's base path, as the platform must call it back (paging, polling, webhooks).
export function variantBaseUrl(route: TRouteContext, request: FastifyRequest): string {
  return `${route.publicUrlOf(request)}/${route.variant}/v1`;
}

// The platform follows nextLink as is, with the connection's credentials, so it repeats every filter.
export function withNextLink<T>(route: TRouteContext, request: FastifyRequest, page: TPage<T>) {
  const { hasMore, ...rest } = page;
  if (!hasMore) return rest;
  const url = new URL(request.url, "http://placeholder.invalid");
  url.searchParams.set("page", String(page.page + 1));
  url.searchParams.set("pageSize", String(page.pageSize));
  return { ...rest, nextLink: `${route.publicUrlOf(request)}${url.pathname}${url.search}` };
}
