import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { listStockLevels } from "../domain/list-stock-levels.ts";
import { requireStockLevel, updateStockLevel } from "../domain/update-stock-level.ts";
import { parseInput } from "../http/parse-input.ts";
import { withNextLink, ZBooleanText, ZPaging, type TRouteContext } from "./route-context.ts";

const ZListStockQuery = ZPaging.extend({ lowOnly: ZBooleanText.default(false) });
const ZProductId = z.object({ productId: z.string().min(1) });
const ZUpdateStock = z.strictObject({
  quantityOnHand: z.number({ message: "must be a number" }).int("must be a whole number").min(0, "must be 0 or more"),
  reorderLevel: z.number({ message: "must be a number" }).int("must be a whole number").min(0, "must be 0 or more").optional(),
});

export function registerStockRoutes(app: FastifyInstance, route: TRouteContext): void {
  const { inventory, dispatcher } = route;

  // GET /{variant}/v1/stock
  app.get("/stock", async (request) => {
    const { lowOnly, ...paging } = parseInput(ZListStockQuery, request.query, "query parameter");
    return withNextLink(route, request, listStockLevels(inventory, { isLowOnly: lowOnly, ...paging }));
  });

  // GET /{variant}/v1/stock/{productId}
  app.get("/stock/:productId", async (request) => {
    const { productId } = parseInput(ZProductId, request.params, "path parameter");
    return requireStockLevel(inventory, productId);
  });

  // PUT /{variant}/v1/stock/{productId}
  app.put("/stock/:productId", async (request) => {
    const { productId } = parseInput(ZProductId, request.params, "path parameter");
    const input = parseInput(ZUpdateStock, request.body, "body field");
    const { result, events } = updateStockLevel(inventory, productId, input);
    dispatcher.publish(events);
    return result;
  });
}
