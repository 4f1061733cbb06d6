import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { createProduct } from "../domain/create-product.ts";
import { deleteProduct } from "../domain/delete-product.ts";
import { PRODUCT_CATEGORIES } from "../domain/inventory-types.ts";
import { listProducts } from "../domain/list-products.ts";
import { requireProduct } from "../domain/require-product.ts";
import { updateProduct } from "../domain/update-product.ts";
import { parseInput } from "../http/parse-input.ts";
import { variantBaseUrl, withNextLink, ZPaging, type TRouteContext } from "./route-context.ts";

const ZCategory = z.enum(PRODUCT_CATEGORIES, { message: `must be one of ${PRODUCT_CATEGORIES.join(", ")}` });
const ZPrice = z.number({ message: "must be a number" }).min(0, "must be 0 or more").max(1_000_000, "must be at most 1000000");
const ZProductId = z.object({ productId: z.string().min(1) });

const ZListProductsQuery = ZPaging.extend({
  category: ZCategory.optional(),
  minPrice: z.coerce.number({ message: "must be a number" }).min(0, "must be 0 or more").optional(),
  maxPrice: z.coerce.number({ message: "must be a number" }).min(0, "must be 0 or more").optional(),
});
const ZSearchProductsQuery = ZPaging.extend({ q: z.string().trim().min(1, "must not be empty: say what to look for") });

const ZCreateProduct = z.strictObject({
  sku: z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters"),
  name: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters"),
  description: z.string().max(1000, "must be at most 1000 characters").optional(),
  category: ZCategory,
  unitPrice: ZPrice,
  quantityOnHand: z.number().int("must be a whole number").min(0, "must be 0 or more").optional(),
  reorderLevel: z.number().int("must be a whole number").min(0, "must be 0 or more").optional(),
});
const ZUpdateProduct = ZCreateProduct.omit({ quantityOnHand: true, reorderLevel: true }).partial();

export function registerProductRoutes(app: FastifyInstance, route: TRouteContext): void {
  const { inventory } = route;

  // GET /{variant}/v1/products
  app.get("/products", async (request) => {
    const query = parseInput(ZListProductsQuery, request.query, "query parameter");
    return withNextLink(route, request, listProducts(inventory, query));
  });

  // GET /{variant}/v1/search/products
  app.get("/search/products", async (request) => {
    const { q, ...paging } = parseInput(ZSearchProductsQuery, request.query, "query parameter");
    return withNextLink(route, request, listProducts(inventory, { ...paging, query: q }));
  });

  // GET /{variant}/v1/products/{productId}
  app.get("/products/:productId", async (request) => {
    const { productId } = parseInput(ZProductId, request.params, "path parameter");
    return requireProduct(inventory.state, productId);
  });

  // POST /{variant}/v1/products
  app.post("/products", async (request, reply) => {
    const input = parseInput(ZCreateProduct, request.body, "body field");
    const product = createProduct(inventory, input);
    return reply
      .code(201)
      .header("location", `${variantBaseUrl(route, request)}/products/${product.id}`)
      .send(product);
  });

  // PATCH /{variant}/v1/products/{productId}
  app.patch("/products/:productId", async (request) => {
    const { productId } = parseInput(ZProductId, request.params, "path parameter");
    const input = parseInput(ZUpdateProduct, request.body, "body field");
    return updateProduct(inventory, productId, input);
  });

  // DELETE /{variant}/v1/products/{productId}
  app.delete("/products/:productId", async (request, reply) => {
    const { productId } = parseInput(ZProductId, request.params, "path parameter");
    deleteProduct(inventory, productId);
    return reply.code(204).send();
  });
}
