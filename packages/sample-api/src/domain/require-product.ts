import { AppError } from "../http/app-error.ts";
import type { TInventoryState, TProduct } from "./inventory-types.ts";

export function requireProduct(state: TInventoryState, productId: string): TProduct {
  const product = state.products.get(productId);
  if (!product) {
    throw new AppError("not_found", `No product has id '${productId}'. List products to find a valid id (they look like prd-0001).`);
  }
  return product;
}
