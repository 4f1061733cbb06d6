import { AppError } from "../http/app-error.ts";
import type { TProduct, TProductCategory } from "./inventory-types.ts";
import type { TInventoryContext } from "./inventory-context.ts";
import { requireProduct } from "./require-product.ts";

export type TUpdateProductInput = {
  sku?: string | undefined;
  name?: string | undefined;
  description?: string | undefined;
  category?: TProductCategory | undefined;
  unitPrice?: number | undefined;
};

export function updateProduct({ state, now }: TInventoryContext, productId: string, input: TUpdateProductInput): TProduct {
  const product = requireProduct(state, productId);
  const { sku } = input;
  if (sku !== undefined) {
    for (const other of state.products.values()) {
      if (other.id !== productId && other.sku.toLowerCase() === sku.toLowerCase()) {
        throw new AppError("conflict", `SKU '${sku}' is already used by product ${other.id}; choose another SKU.`);
      }
    }
  }
  const updated: TProduct = {
    ...product,
    sku: sku ?? product.sku,
    name: input.name ?? product.name,
    description: input.description ?? product.description,
    category: input.category ?? product.category,
    unitPrice: input.unitPrice ?? product.unitPrice,
    updatedAt: now().toISOString(),
  };
  state.products.set(productId, updated);
  const stock = state.stock.get(productId);
  if (stock) state.stock.set(productId, { ...stock, sku: updated.sku });
  return updated;
}
